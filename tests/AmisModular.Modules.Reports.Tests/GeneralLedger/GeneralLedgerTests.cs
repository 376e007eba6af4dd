using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;
using AmisModular.Modules.Reports.GeneralLedger;
using AmisModular.Modules.Reports.Tests.Support;
using static AmisModular.Modules.Reports.Tests.Support.ReportsHost;

namespace AmisModular.Modules.Reports.Tests.GeneralLedger;

/// <summary>S03b-DN of the worked month (see <see cref="WorkedMonth"/>).</summary>
public sealed class GeneralLedgerTests(WorkedMonthFixture month) : IClassFixture<WorkedMonthFixture>
{
    [Fact]
    public async Task BuildAsync_Cash1111January_OpeningLinesAndClosing()
    {
        var ledger = await Build(Book.Tax, "1111", "2026-01-01", "2026-01-31");

        Assert.Equal("Tiền Việt Nam", ledger.AccountName);
        Assert.Equal((100_000_000m, 0m), (ledger.Opening.Debit, ledger.Opening.Credit));
        // The cash sale (Nợ 1111 / Có 5111, 33311) shows one row per counter-account, as MISA prints it.
        // STT dòng NKC: e1 lines 1–3; e4 after 3 + 3 + 2 = 8 lines → 9; e7 after 8 + 2 + 2 + 2 + 3 = 17 → 334 at 18, 1111 at 19.
        Assert.Equal(
        [
            ("NVK00001", 1, "5111", 20_000_000m, 0m),
            ("NVK00001", 1, "33311", 2_000_000m, 0m),
            ("NVK00004", 9, "131", 25_000_000m, 0m),
            ("NVK00008", 19, "334", 0m, 30_000_000m),
        ],
        ledger.Entries.Select(e => (e.DocumentNumber!, e.JournalLineNo, e.CorrespondingAccountCode!, e.Debit, e.Credit)));
        // Period 22 + 25 = 47 Dr, 30 Cr; closing 100 + 47 − 30 = 117.
        Assert.Equal((47_000_000m, 30_000_000m), (ledger.Period.Debit, ledger.Period.Credit));
        Assert.Equal((117_000_000m, 0m), (ledger.Closing.Debit, ledger.Closing.Credit));
        Assert.Equal((47_000_000m, 30_000_000m), (ledger.YearToDate!.Debit, ledger.YearToDate.Credit));
    }

    [Fact]
    public async Task BuildAsync_Cash1111InternalBook_IncludesTheInternalOnlyPayment()
    {
        var ledger = await Build(Book.Internal, "1111", "2026-01-01", "2026-01-31");

        var extra = ledger.Entries.Single(e => e.PostingDate == D("2026-01-20"));
        Assert.Equal(("6428", 0m, 3_000_000m), (extra.CorrespondingAccountCode, extra.Debit, extra.Credit));
        Assert.Equal((114_000_000m, 0m), (ledger.Closing.Debit, ledger.Closing.Credit)); // 117 − 3
    }

    [Fact]
    public async Task BuildAsync_Receivables131January_GrossOpeningAndClosing()
    {
        var ledger = await Build(Book.Tax, "131", "2026-01-01", "2026-01-31");

        Assert.Equal((30_000_000m, 5_000_000m), (ledger.Opening.Debit, ledger.Opening.Credit));
        // e4: Có 131 A 25 (TK đối ứng 1111), line 10; e9: Nợ 131 B 3.3 split into 5111 3 and 33311 0.3, line 15.
        Assert.Equal(
        [
            (D("2026-01-12"), 10, "1111", 0m, 25_000_000m, (Guid?)month.A.Id),
            (D("2026-01-28"), 15, "5111", 3_000_000m, 0m, month.B.Id),
            (D("2026-01-28"), 15, "33311", 300_000m, 0m, month.B.Id),
        ],
        ledger.Entries.Select(e => (e.PostingDate, e.JournalLineNo, e.CorrespondingAccountCode!, e.Debit, e.Credit, e.PartnerId)));
        Assert.Equal((3_300_000m, 25_000_000m), (ledger.Period.Debit, ledger.Period.Credit));
        // Closing A 30 − 25 = Dr 5; B −5 + 3.3 = Cr 1.7 (not netted to Dr 3.3).
        Assert.Equal((5_000_000m, 1_700_000m), (ledger.Closing.Debit, ledger.Closing.Credit));
    }

    [Fact]
    public async Task BuildAsync_Receivables131February_OpensWithJanuaryClosingAndAccumulatesTheYear()
    {
        var ledger = await Build(Book.Tax, "131", "2026-02-01", "2026-02-28");

        Assert.Equal((5_000_000m, 1_700_000m), (ledger.Opening.Debit, ledger.Opening.Credit));
        var payment = Assert.Single(ledger.Entries);
        Assert.Equal(("11212", 0m, 5_000_000m), (payment.CorrespondingAccountCode, payment.Debit, payment.Credit));
        Assert.Equal((0m, 1_700_000m), (ledger.Closing.Debit, ledger.Closing.Credit));
        // Lũy kế từ đầu năm: Dr 3.3; Cr 25 + 5 = 30.
        Assert.Equal((3_300_000m, 30_000_000m), (ledger.YearToDate!.Debit, ledger.YearToDate.Credit));
    }

    [Fact]
    public async Task BuildAsync_Payables331_SplitsTheCompoundPurchase()
    {
        var ledger = await Build(Book.Tax, "331", "2026-01-01", "2026-01-31");

        Assert.Equal(
            [("NVK00002", "156", 0m, 50_000_000m), ("NVK00002", "1331", 0m, 5_000_000m), ("NVK00003", "11211", 45_000_000m, 0m)],
            ledger.Entries.Select(e => (e.DocumentNumber!, e.CorrespondingAccountCode!, e.Debit, e.Credit)));
        Assert.Equal((8_000_000m, 40_000_000m), (ledger.Opening.Debit, ledger.Opening.Credit));
        Assert.Equal((8_000_000m, 50_000_000m), (ledger.Closing.Debit, ledger.Closing.Credit));
    }

    [Fact]
    public async Task BuildAsync_ParentAccount112_IncludesSubAccountsAndTheTransferOnBothSides()
    {
        var ledger = await Build(Book.Tax, "112", "2026-01-01", "2026-01-31");

        Assert.Equal(
            [("11211", "331", 0m, 45_000_000m), ("11212", "11211", 100_000_000m, 0m), ("11211", "11212", 0m, 100_000_000m)],
            ledger.Entries.Select(e => (e.AccountCode, e.CorrespondingAccountCode!, e.Debit, e.Credit)));
        Assert.Equal((100_000_000m, 145_000_000m), (ledger.Period.Debit, ledger.Period.Credit));
        Assert.Equal((455_000_000m, 0m), (ledger.Closing.Debit, ledger.Closing.Credit)); // 500 + 100 − 145
    }

    [Fact]
    public async Task BuildAsync_AccountWithOnlyAnOpeningBalance_HasNoLines()
    {
        var ledger = await Build(Book.Tax, "211", "2026-01-01", "2026-01-31");

        Assert.Empty(ledger.Entries);
        Assert.Equal((60_000_000m, 0m), (ledger.Opening.Debit, ledger.Opening.Credit));
        Assert.Equal((60_000_000m, 0m), (ledger.Closing.Debit, ledger.Closing.Credit));
        Assert.Equal((0m, 0m), (ledger.YearToDate!.Debit, ledger.YearToDate.Credit));
    }

    [Fact]
    public async Task BuildAsync_EmptyPeriod_OpeningEqualsClosing()
    {
        var ledger = await Build(Book.Tax, "1111", "2026-03-01", "2026-03-31");

        Assert.Empty(ledger.Entries);
        Assert.Equal((117_000_000m, 0m), (ledger.Opening.Debit, ledger.Opening.Credit));
        Assert.Equal(ledger.Opening, ledger.Closing);
        Assert.Equal((47_000_000m, 30_000_000m), (ledger.YearToDate!.Debit, ledger.YearToDate.Credit));
    }

    [Fact]
    public async Task BuildAsync_RangeAcrossTwoFiscalYears_HasNoYearToDateRow()
    {
        await using var host = await ReportsHost.CreateAsync();
        await host.Get<FiscalCalendar>().OpenYearAsync(host.Company.Id, 2027, null, CancellationToken.None);
        await host.OpeningAsync("1111", null, 5_000_000m, 0m, Book.Tax);
        await host.OpeningAsync("4111", null, 0m, 5_000_000m, Book.Tax);

        var ledger = await host.Reports.GeneralLedgerAsync(
            new GeneralLedgerRequest(host.Company.Id, Book.Tax, "1111", D("2026-12-01"), D("2027-01-31")), CancellationToken.None);

        Assert.Null(ledger.YearToDate);
        Assert.Equal((5_000_000m, 5_000_000m), (ledger.Opening.Debit, ledger.Closing.Debit));
        Assert.DoesNotContain(ledger.ToTable().Rows, r => (string?)r.Cells[3] == "Cộng lũy kế từ đầu năm");
    }

    private Task<GeneralLedgerResult> Build(Book book, string account, string from, string to) =>
        month.Host.Reports.GeneralLedgerAsync(new GeneralLedgerRequest(month.CompanyId, book, account, D(from), D(to)), CancellationToken.None);
}
