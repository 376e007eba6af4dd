using System.Diagnostics;
using AmisModular.Ledger.Companies;
using AmisModular.Modules.Reports.GeneralJournal;
using AmisModular.Modules.Reports.GeneralLedger;
using AmisModular.Modules.Reports.Tests.Support;
using AmisModular.Modules.Reports.TrialBalance;
using AmisModular.Printing.Tables;
using static AmisModular.Modules.Reports.Tests.Support.ReportsHost;

namespace AmisModular.Modules.Reports.Tests.Output;

/// <summary>Each report written as JSON, XLSX, PDF and text through the Printing writers; JSON read back for figures.</summary>
public sealed class ReportOutputTests(WorkedMonthFixture month) : IClassFixture<WorkedMonthFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("amis-report-out-").FullName;

    [Fact]
    public async Task TrialBalance_WrittenInEveryFormat_JsonReadsBackTheFigures()
    {
        var tb = await month.Host.Reports.TrialBalanceAsync(new TrialBalanceRequest(month.CompanyId, Book.Tax, D("2026-01-01"), D("2026-01-31")), CancellationToken.None);

        var table = WriteAll(tb.ToTable(), "s06");

        Assert.Equal("BẢNG CÂN ĐỐI TÀI KHOẢN", table.Title);
        Assert.Contains("Đơn vị: Công ty TNHH Thương mại Hòa Bình", table.Subtitles);
        Assert.Contains("Mã số thuế: 0109876543", table.Subtitles);
        Assert.Contains("Sổ: Sổ tài chính", table.Subtitles);
        Assert.Contains("Từ ngày 01/01/2026 đến ngày 31/01/2026", table.Subtitles);
        var receivable = Row(table, "account", "131");
        Assert.Equal(new object?[] { 30_000_000m, 5_000_000m, 3_300_000m, 25_000_000m, 5_000_000m, 1_700_000m }, receivable.Cells.Skip(2));
        var total = table.Rows[^1];
        Assert.Equal(ReportRowKind.Total, total.Kind);
        Assert.Equal(new object?[] { 698_000_000m, 698_000_000m, 310_300_000m, 310_300_000m, 730_000_000m, 730_000_000m }, total.Cells.Skip(2));
        Assert.Equal(ReportRowKind.Group, Row(table, "account", "112").Kind);
        Assert.Contains("730.000.000", PdfText("s06"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeneralJournal_WrittenInEveryFormat_JsonReadsBackTheTotals()
    {
        var journal = await month.Host.Reports.GeneralJournalAsync(new GeneralJournalRequest(month.CompanyId, Book.Tax, D("2026-01-01"), D("2026-01-31")), CancellationToken.None);

        var table = WriteAll(journal.ToTable(), "s03a");

        Assert.Equal("SỔ NHẬT KÝ CHUNG", table.Title);
        Assert.Equal(20, table.Rows.Count); // 19 lines + Cộng
        Assert.Equal(new object?[] { 310_300_000m, 310_300_000m }, table.Rows[^1].Cells.Skip(8));
        var first = table.Rows[0];
        Assert.Equal(new object?[] { D("2026-01-03"), "NVK00001", D("2026-01-03"), "Bán hàng thu tiền mặt", "x", 1m, "1111", null, 22_000_000m, null }, first.Cells);
        Assert.Contains("SỔ NHẬT KÝ CHUNG", PdfText("s03a"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeneralLedger_WrittenInEveryFormat_JsonReadsBackOpeningLinesAndClosing()
    {
        var ledger = await month.Host.Reports.GeneralLedgerAsync(new GeneralLedgerRequest(month.CompanyId, Book.Tax, "131", D("2026-01-01"), D("2026-01-31")), CancellationToken.None);

        var table = WriteAll(ledger.ToTable(), "s03b");

        Assert.Contains("Tài khoản: 131 - Phải thu của khách hàng", table.Subtitles);
        Assert.Equal(
        [
            ("Số dư đầu kỳ", 30_000_000m, 5_000_000m),
            ("Số phát sinh trong kỳ", null, null),
            ("Khách hàng A trả nợ", null, 25_000_000m),
            ("Bán hàng cho B chưa thu tiền", 3_000_000m, null),
            ("Bán hàng cho B chưa thu tiền", 300_000m, null),
            ("Cộng số phát sinh trong kỳ", 3_300_000m, 25_000_000m),
            ("Số dư cuối kỳ", 5_000_000m, 1_700_000m),
            ("Cộng lũy kế từ đầu năm", 3_300_000m, 25_000_000m),
        ],
        table.Rows.Select(r => ((string)r.Cells[3]!, (decimal?)r.Cells[6], (decimal?)r.Cells[7])));
        Assert.Equal(new object?[] { "1111", "5111", "33311" }, table.Rows.Skip(2).Take(3).Select(r => r.Cells[5]));
        Assert.Contains("SỔ CÁI", PdfText("s03b"), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private ReportTable WriteAll(ReportTable table, string name)
    {
        foreach (var format in new[] { "json", "xlsx", "pdf", "text" })
        {
            var writer = ReportTableWriters.ForFormat(format);
            writer.WriteFile(table, Path.Combine(folder, name + writer.FileExtension));
        }

        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(Path.Combine(folder, name + ".xlsx")).Take(2));
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(Path.Combine(folder, name + ".pdf")).Take(4));
        using var json = File.OpenRead(Path.Combine(folder, name + ".json"));
        return JsonTableReader.Read(json);
    }

    private string PdfText(string name)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", Path.Combine(folder, name + ".pdf"), "-"])
        {
            RedirectStandardOutput = true,
        })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    private static ReportRow Row(ReportTable table, string key, string value)
    {
        var column = table.Columns.ToList().FindIndex(c => c.Key == key);
        return table.Rows.Single(r => (string?)r.Cells[column] == value);
    }
}
