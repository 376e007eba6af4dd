using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Modules.Reports.GeneralJournal;
using AmisModular.Modules.Reports.Tests.Support;
using static AmisModular.Modules.Reports.Tests.Support.ReportsHost;

namespace AmisModular.Modules.Reports.Tests.GeneralJournal;

/// <summary>S03a-DN of the worked month (see <see cref="WorkedMonth"/>).</summary>
public sealed class GeneralJournalTests(WorkedMonthFixture month) : IClassFixture<WorkedMonthFixture>
{
    [Fact]
    public async Task BuildAsync_TaxBookJanuary_TotalsBalanceAndLinesAreNumbered()
    {
        var journal = await Build(Book.Tax, "2026-01-01", "2026-01-31");

        // Lines: e1 3 + e2 3 + e3 2 + e4 2 + e5 2 + e6 2 + e9 3 + e7 2 = 19.
        // Σ = 22 + 55 + 45 + 25 + 100 + 30 + 3.3 + 30 = 310.3 million on each side.
        Assert.Equal(19, journal.Entries.Count);
        Assert.Equal(Enumerable.Range(1, 19), journal.Entries.Select(e => e.LineNo));
        Assert.Equal((310_300_000m, 310_300_000m), (journal.TotalDebit, journal.TotalCredit));
        Assert.True(journal.IsBalanced);
        Assert.All(journal.Entries, e => Assert.True(e.PostedToLedger));
        Assert.Equal(
            ["NVK00001", "NVK00002", "NVK00003", "NVK00004", "NVK00005", "NVK00006", "NVK00007", "NVK00008"],
            journal.Entries.Select(e => e.DocumentNumber).Distinct());
    }

    [Fact]
    public async Task BuildAsync_CashSale_ShowsEachSideWithItsCounterAccountAndDocument()
    {
        var journal = await Build(Book.Tax, "2026-01-01", "2026-01-31");

        var sale = journal.Entries.Take(3).ToList();
        Assert.Equal(
            [("1111", (string?)null, 22_000_000m, 0m), ("5111", "1111", 0m, 20_000_000m), ("33311", "1111", 0m, 2_000_000m)],
            sale.Select(e => (e.AccountCode, e.CorrespondingAccountCode, e.Debit, e.Credit)));
        Assert.All(sale, e => Assert.Equal((D("2026-01-03"), D("2026-01-03"), "NVK00001"), (e.PostingDate, e.DocumentDate, e.DocumentNumber)));
        Assert.All(sale, e => Assert.Equal(("core", GeneralJournalVoucher.Type), (e.Document.ModuleId, e.Document.DocumentType)));
        var voucher = await month.Host.Get<GeneralJournalService>().FindAsync(sale[0].Document.DocumentId, CancellationToken.None);
        Assert.Equal("Bán hàng thu tiền mặt", voucher!.Description); // drill-down reaches the voucher
        Assert.Equal("Bán hàng thu tiền mặt", sale[0].Description);
        var payment = journal.Entries.Single(e => e.AccountCode == "131" && e.Credit > 0);
        Assert.Equal((month.A.Id, "1111", 25_000_000m), (payment.PartnerId!.Value, payment.CorrespondingAccountCode, payment.Credit));
    }

    [Fact]
    public async Task BuildAsync_InternalBook_AddsOnlyTheInternalEntry()
    {
        var tax = await Build(Book.Tax, "2026-01-01", "2026-01-31");
        var internalBook = await Build(Book.Internal, "2026-01-01", "2026-01-31");

        // 19 + 2 lines; Σ 310.3 + 3 = 313.3 million.
        Assert.Equal(21, internalBook.Entries.Count);
        Assert.Equal((313_300_000m, 313_300_000m), (internalBook.TotalDebit, internalBook.TotalCredit));
        var extra = internalBook.Entries.Where(e => e.PostingDate == D("2026-01-20")).ToList();
        Assert.Equal([("6428", 3_000_000m, 0m), ("1111", 0m, 3_000_000m)], extra.Select(e => (e.AccountCode, e.Debit, e.Credit)));
        Assert.DoesNotContain(tax.Entries, e => e.PostingDate == D("2026-01-20"));
    }

    [Fact]
    public async Task BuildAsync_EmptyPeriod_NoLinesZeroTotals()
    {
        var journal = await Build(Book.Tax, "2026-03-01", "2026-03-31");

        Assert.Empty(journal.Entries);
        Assert.Equal((0m, 0m), (journal.TotalDebit, journal.TotalCredit));
        var table = journal.ToTable();
        Assert.Equal("Cộng", Assert.Single(table.Rows).Cells[3]);
    }

    [Fact]
    public async Task BuildAsync_RangeSpanningTwoMonths_AddsFebruaryLines()
    {
        var journal = await Build(Book.Tax, "2026-01-15", "2026-02-28");

        // From 15/01: e5 100 + e6 30 + e9 3.3 + e7 30 + e10 5 = 168.3 million; lines 2 + 2 + 3 + 2 + 2 = 11.
        Assert.Equal(11, journal.Entries.Count);
        Assert.Equal((168_300_000m, 168_300_000m), (journal.TotalDebit, journal.TotalCredit));
        Assert.Equal(D("2026-02-05"), journal.Entries[^1].PostingDate);
    }

    private Task<GeneralJournalResult> Build(Book book, string from, string to) =>
        month.Host.Reports.GeneralJournalAsync(new GeneralJournalRequest(month.CompanyId, book, D(from), D(to)), CancellationToken.None);
}
