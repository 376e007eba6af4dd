using System.Diagnostics;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Printing;
using AmisModular.Modules.Cash.Tests.Support;
using AmisModular.Printing.Forms;
using CashVoucherKind = AmisModular.Modules.Cash.Documents.CashVoucherKind;
using static AmisModular.Modules.Cash.Tests.Support.CashHost;

namespace AmisModular.Modules.Cash.Tests.Printing;

public sealed class CashVoucherPrinterTests : IAsyncLifetime
{
    private CashHost host = null!;

    public async Task InitializeAsync()
    {
        host = await CashHost.CreateAsync();
        await host.ExecuteAsync($"UPDATE core_companies SET Address = '12 Láng Hạ, Đống Đa, Hà Nội' WHERE TaxCode = '0101234567'");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task RenderPdf_PostedReceipt_PrintsTitleNumberAmountInWordsAndCompany()
    {
        var receipt = await host.Cash.CreateAsync(host.Receipt("2026-01-05", new CashVoucherDraftLine("131", 1_200_000m)) with
        {
            PartnerId = host.Customer.Id, PersonName = "Nguyễn Văn An", Address = "5 Hàng Bài, Hà Nội", Description = "Thu tiền hàng tháng 12", AttachedDocuments = 2,
        }, post: true, CancellationToken.None);

        var pdf = await Printer.RenderPdfAsync(receipt.Id, null, CancellationToken.None);
        var text = await PdfTextAsync(pdf, "receipt");

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.Contains("PHIẾU THU", text, StringComparison.Ordinal);
        Assert.Contains("PT00001", text, StringComparison.Ordinal);
        Assert.Contains("Một triệu hai trăm nghìn đồng", text, StringComparison.Ordinal);
        Assert.Contains("Công ty TNHH Minh An", text, StringComparison.Ordinal);
        Assert.Contains("12 Láng Hạ", text, StringComparison.Ordinal);
        Assert.Contains("Thông tư số 99/2025/TT-BTC", text, StringComparison.Ordinal);
        Assert.Contains("Thu tiền hàng tháng 12", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildModel_DraftPaymentOverTwoAccounts_AccountsFromThePostingRuleWithAmounts()
    {
        var payment = await host.Cash.CreateAsync(host.Payment("2026-01-06",
            new CashVoucherDraftLine("331", 700_000m, PartnerId: host.Vendor.Id),
            new CashVoucherDraftLine("6427", 500_000m)) with { AttachedDocuments = 1 }, post: false, CancellationToken.None);
        var options = new CashPrintOptions { BookNumber = "Q01", Signatories = new CashVoucherSignatories { Director = "Lê Văn Giám", Cashier = "Phạm Thị Quỹ" } };

        var model = await Printer.BuildModelAsync(payment.Id, options, CancellationToken.None);
        var text = await PdfTextAsync(await Printer.RenderPdfAsync(payment.Id, options, CancellationToken.None), "payment");

        Assert.Equal(AmisModular.Printing.Forms.CashVoucherKind.Payment, model.Kind);
        Assert.Equal(("PC00001", "Q01", 1_200_000m, 1), (model.VoucherNumber, model.BookNumber, model.Amount, model.AttachedOriginalDocuments));
        Assert.Equal([new VoucherAccountEntry("331", 700_000m), new VoucherAccountEntry("6427", 500_000m)], model.DebitAccounts);
        Assert.Equal([new VoucherAccountEntry("1111")], model.CreditAccounts);
        Assert.Equal(("Trần Thị Bình", "Chi tiền"), (model.PersonName, model.Reason));
        Assert.Contains("PHIẾU CHI", text, StringComparison.Ordinal);
        Assert.Contains("PC00001", text, StringComparison.Ordinal);
        Assert.Contains("Một triệu hai trăm nghìn đồng", text, StringComparison.Ordinal);
        Assert.Contains("Công ty TNHH Minh An", text, StringComparison.Ordinal);
        Assert.Contains("Lê Văn Giám", text, StringComparison.Ordinal);
        Assert.Contains("Phạm Thị Quỹ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildModel_InternalBookAndTt133Year_PrintsThatNumberAndTheTt133Line()
    {
        var company = await host.Get<CompanyService>().CreateAsync("0109876543", "Công ty CP Nhỏ Và Vừa", true, CancellationToken.None);
        await host.Get<FiscalCalendar>().OpenYearAsync(company.Id, 2026, AccountingRegime.Tt133, CancellationToken.None);
        var draft = new CashVoucherDraft(CashVoucherKind.Receipt, company.Id, BookSet.Both, D("2026-03-02"), D("2026-03-02"), "Hồ Thị Cúc", "Thu khác", [new CashVoucherDraftLine("711", 300_000m)]);
        var receipt = await host.Cash.CreateAsync(draft, post: false, CancellationToken.None);

        var model = await Printer.BuildModelAsync(receipt.Id, new CashPrintOptions { Book = Book.Internal }, CancellationToken.None);

        Assert.Equal(RegimeTexts.Tt133, model.RegimeText);
        Assert.Equal("PT00001", model.VoucherNumber);
        Assert.Equal([new VoucherAccountEntry("1111")], model.DebitAccounts);
        Assert.Equal([new VoucherAccountEntry("711")], model.CreditAccounts);
    }

    [Fact]
    public async Task BuildModel_UnknownVoucher_NotFound()
    {
        await Assert.ThrowsAsync<AmisModular.Ledger.Errors.NotFoundException>(() => Printer.BuildModelAsync(Guid.NewGuid(), null, CancellationToken.None));
    }

    private CashVoucherPrinter Printer => host.Get<CashVoucherPrinter>();

    /// <summary>pdftotext of the PDF; also leaves the PDF and a PNG of page 1 under the test output for a visual check.</summary>
    private static async Task<string> PdfTextAsync(byte[] pdf, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "printed");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".pdf");
        await File.WriteAllBytesAsync(file, pdf);
        await RunAsync("pdftoppm", "-png", "-r", "60", "-singlefile", file, Path.Combine(folder, name));
        return await RunAsync("pdftotext", "-layout", file, "-");
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
