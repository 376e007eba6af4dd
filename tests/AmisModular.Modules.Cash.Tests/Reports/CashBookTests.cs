using System.Text;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Opening;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Reports;
using AmisModular.Modules.Cash.Tests.Support;
using AmisModular.Printing.Tables;
using static AmisModular.Modules.Cash.Tests.Support.CashHost;

namespace AmisModular.Modules.Cash.Tests.Reports;

/// <summary>
/// A worked January computed by hand. Opening 50,000,000 in both books, then:
/// 03/01 PT 131 +12,000,000 = 62,000,000; 05/01 PC 331 −20,000,000 = 42,000,000; 06/01 NVK Nợ 1111/Có 1121
/// +30,000,000 = 72,000,000; 06/01 PC 334 −25,500,000 = 46,500,000; [Internal only: 08/01 PC 6427 −1,200,000 =
/// 45,300,000]; 10/01 PT 5111 +5,000,000 and 33311 +500,000; 15/01 PC 6427 −2,300,000.
/// Tax closes at 49,700,000, Internal at 48,500,000. A draft and a February receipt stay out.
/// </summary>
public sealed class CashBookTests : IAsyncLifetime
{
    private CashHost host = null!;

    public async Task InitializeAsync()
    {
        host = await CashHost.CreateAsync();
        var openings = host.Get<OpeningBalanceService>();
        await openings.SetAsync(host.Company.Id, Book.Tax, "1111", null, 50_000_000m, 0, D("2026-01-01"), CancellationToken.None);
        await openings.SetAsync(host.Company.Id, Book.Internal, "1111", null, 50_000_000m, 0, D("2026-01-01"), CancellationToken.None);
        await SaveAsync(Both(host.Receipt("2026-01-03", new CashVoucherDraftLine("131", 12_000_000m, "Thu nợ Bình Minh", host.Customer.Id))));
        await SaveAsync(Both(host.Payment("2026-01-05", new CashVoucherDraftLine("331", 20_000_000m, "Trả nợ Hoàng Long", host.Vendor.Id))));
        await host.Get<GeneralJournalService>().CreateAsync(new GeneralJournalDraft(host.Company.Id, BookSet.Both, D("2026-01-06"), D("2026-01-06"),
            "Rút tiền gửi về nhập quỹ", [new GeneralJournalDraftLine("1111", "1121", 30_000_000m)]), post: true, CancellationToken.None);
        await SaveAsync(Both(host.Payment("2026-01-06", new CashVoucherDraftLine("334", 25_500_000m, "Trả lương tháng 12"))));
        await SaveAsync(host.Payment("2026-01-08", new CashVoucherDraftLine("6427", 1_200_000m, "Chi tiếp khách")) with { Books = BookSet.Internal });
        await SaveAsync(Both(host.Receipt("2026-01-10", new CashVoucherDraftLine("5111", 5_000_000m, "Bán hàng"), new CashVoucherDraftLine("33311", 500_000m, "Thuế GTGT"))));
        await SaveAsync(Both(host.Payment("2026-01-15", new CashVoucherDraftLine("6427", 2_300_000m, "Phí dịch vụ"))));
        await host.Cash.CreateAsync(Both(host.Receipt("2026-01-20", new CashVoucherDraftLine("5111", 9_999_000m))), post: false, CancellationToken.None);
        await SaveAsync(Both(host.Receipt("2026-02-02", new CashVoucherDraftLine("711", 1_000_000m))));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Build_TaxBook_EveryPostingTo1111WithRunningBalance()
    {
        var book = await BookOf(Book.Tax, "2026-01-01", "2026-01-31");

        Assert.Equal(50_000_000m, book.Opening);
        Assert.Equal(
        [
            "2026-01-03 PT00001/- 131 +12000000 -0 =62000000 Thu nợ Bình Minh",
            "2026-01-05 -/PC00001 331 +0 -20000000 =42000000 Trả nợ Hoàng Long",
            "2026-01-06 NVK00001/- 1121 +30000000 -0 =72000000 Rút tiền gửi về nhập quỹ",
            "2026-01-06 -/PC00002 334 +0 -25500000 =46500000 Trả lương tháng 12",
            "2026-01-10 PT00002/- 5111 +5000000 -0 =51500000 Bán hàng",
            "2026-01-10 PT00002/- 33311 +500000 -0 =52000000 Thuế GTGT",
            "2026-01-15 -/PC00003 6427 +0 -2300000 =49700000 Phí dịch vụ",
        ], book.Rows.Select(Line));
        Assert.Equal((47_500_000m, 47_800_000m, 49_700_000m), (book.TotalReceipts, book.TotalPayments, book.Closing));
    }

    [Fact]
    public async Task Build_InternalBook_HasTheInternalOnlyPaymentAndItsOwnNumbers()
    {
        var book = await BookOf(Book.Internal, "2026-01-01", "2026-01-31");

        Assert.Equal(
        [
            "2026-01-03 PT00001/- 131 +12000000 -0 =62000000 Thu nợ Bình Minh",
            "2026-01-05 -/PC00001 331 +0 -20000000 =42000000 Trả nợ Hoàng Long",
            "2026-01-06 NVK00001/- 1121 +30000000 -0 =72000000 Rút tiền gửi về nhập quỹ",
            "2026-01-06 -/PC00002 334 +0 -25500000 =46500000 Trả lương tháng 12",
            "2026-01-08 -/PC00003 6427 +0 -1200000 =45300000 Chi tiếp khách",
            "2026-01-10 PT00002/- 5111 +5000000 -0 =50300000 Bán hàng",
            "2026-01-10 PT00002/- 33311 +500000 -0 =50800000 Thuế GTGT",
            "2026-01-15 -/PC00004 6427 +0 -2300000 =48500000 Phí dịch vụ",
        ], book.Rows.Select(Line));
        Assert.Equal((47_500_000m, 49_000_000m, 48_500_000m), (book.TotalReceipts, book.TotalPayments, book.Closing));
    }

    [Fact]
    public async Task Build_FromMidMonth_OpeningCarriesEarlierPostings_And111CoversSubAccounts()
    {
        var book = await BookOf(Book.Tax, "2026-01-04", "2026-01-10");
        var all111 = await host.Get<CashBook>().BuildAsync(new CashBookQuery(host.Company.Id, Book.Tax, D("2026-01-04"), D("2026-01-10"), "111"), CancellationToken.None);

        Assert.Equal(62_000_000m, book.Opening);
        Assert.Equal(["PC00001", "NVK00001", "PC00002", "PT00002", "PT00002"], book.Rows.Select(r => r.ReceiptNumber ?? r.PaymentNumber));
        Assert.Equal(52_000_000m, book.Closing);
        Assert.Equal(book.Rows.Select(Line), all111.Rows.Select(Line));
        Assert.Equal(book.Closing, all111.Closing);
    }

    [Fact]
    public async Task ToTable_WritesTextJsonXlsxAndPdf_WithOpeningTotalsAndClosing()
    {
        var table = (await BookOf(Book.Tax, "2026-01-01", "2026-01-31")).ToTable();

        Assert.Equal("SỔ QUỸ TIỀN MẶT", table.Title);
        Assert.Equal(7 + 3, table.Rows.Count);
        Assert.Equal(["Số tồn đầu kỳ", "Cộng phát sinh trong kỳ", "Số tồn cuối kỳ"], table.Rows.Where(r => r.Kind != ReportRowKind.Detail).Select(r => (string)r.Cells[4]!));
        var text = Write(table, "text");
        Assert.Contains("Công ty TNHH Minh An", text, StringComparison.Ordinal);
        Assert.Contains("49.700.000", text, StringComparison.Ordinal);
        Assert.Contains("47.800.000", text, StringComparison.Ordinal);
        Assert.Contains("\"receiptNumber\":", Write(table, "json").Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("PK", Write(table, "xlsx"), StringComparison.Ordinal);
        Assert.StartsWith("%PDF", Write(table, "pdf"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_BadQuery_NamesTheField()
    {
        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => host.Get<CashBook>().BuildAsync(
            new CashBookQuery(host.Company.Id, Book.Tax, D("2026-02-01"), D("2026-01-01"), "1121"), CancellationToken.None));

        Assert.Equal(["To", "CashAccount"], error.Errors.Select(e => e.Field));
    }

    private static CashVoucherDraft Both(CashVoucherDraft draft) => draft with { Books = BookSet.Both };

    private Task<CashVoucher> SaveAsync(CashVoucherDraft draft) => host.Cash.CreateAsync(draft, post: true, CancellationToken.None);

    private Task<CashBookResult> BookOf(Book book, string from, string to) =>
        host.Get<CashBook>().BuildAsync(new CashBookQuery(host.Company.Id, book, D(from), D(to)), CancellationToken.None);

    private static string Line(CashBookRow r) =>
        $"{r.PostingDate:yyyy-MM-dd} {r.ReceiptNumber ?? "-"}/{r.PaymentNumber ?? "-"} {r.CounterAccount} +{r.Receipt} -{r.Payment} ={r.Balance} {r.Description}";

    private static string Write(ReportTable table, string format)
    {
        using var stream = new MemoryStream();
        ReportTableWriters.ForFormat(format).Write(table, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
