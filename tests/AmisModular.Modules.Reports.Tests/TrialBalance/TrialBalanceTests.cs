using AmisModular.Ledger.Companies;
using AmisModular.Modules.Reports.Tests.Support;
using AmisModular.Modules.Reports.TrialBalance;
using static AmisModular.Modules.Reports.Tests.Support.ReportsHost;

namespace AmisModular.Modules.Reports.Tests.TrialBalance;

/// <summary>S06-DN of the worked month (see <see cref="WorkedMonth"/>), every figure computed by hand below.</summary>
public sealed class TrialBalanceTests(WorkedMonthFixture month) : IClassFixture<WorkedMonthFixture>
{
    [Fact]
    public async Task BuildAsync_TaxBookJanuary_EveryAccountMatchesTheHandComputedFigures()
    {
        var tb = await Build(Book.Tax, "2026-01-01", "2026-01-31");

        //                 account  opening Dr   opening Cr   period Dr    period Cr    closing Dr   closing Cr
        // 1111: 100 + (22 + 25) − 30 = 117
        Six(tb, "1111", 100_000_000, 0, 47_000_000, 30_000_000, 117_000_000, 0);
        Six(tb, "111", 100_000_000, 0, 47_000_000, 30_000_000, 117_000_000, 0);
        // 11211: 500 − 45 − 100 = 355; 11212: 0 + 100 = 100; the transfer shows on both sides of 1121 and 112.
        Six(tb, "11211", 500_000_000, 0, 0, 145_000_000, 355_000_000, 0);
        Six(tb, "11212", 0, 0, 100_000_000, 0, 100_000_000, 0);
        Six(tb, "1121", 500_000_000, 0, 100_000_000, 145_000_000, 455_000_000, 0);
        Six(tb, "112", 500_000_000, 0, 100_000_000, 145_000_000, 455_000_000, 0);
        // 131 gross: opening A Dr 30, B Cr 5; closing A 30 − 25 = Dr 5, B −5 + 3.3 = Cr 1.7.
        Six(tb, "131", 30_000_000, 5_000_000, 3_300_000, 25_000_000, 5_000_000, 1_700_000);
        Six(tb, "1331", 0, 0, 5_000_000, 0, 5_000_000, 0);
        Six(tb, "133", 0, 0, 5_000_000, 0, 5_000_000, 0);
        Six(tb, "156", 0, 0, 50_000_000, 0, 50_000_000, 0);
        Six(tb, "211", 60_000_000, 0, 0, 0, 60_000_000, 0); // only an opening balance
        // 331 gross: opening X Cr 40, Y Dr 8; closing X −40 − 55 + 45 = Cr 50, Y Dr 8.
        Six(tb, "331", 8_000_000, 40_000_000, 45_000_000, 55_000_000, 8_000_000, 50_000_000);
        // 33311: 2 + 0.3 = 2.3, rolled up into 3331 and 333.
        Six(tb, "33311", 0, 0, 0, 2_300_000, 0, 2_300_000);
        Six(tb, "3331", 0, 0, 0, 2_300_000, 0, 2_300_000);
        Six(tb, "333", 0, 0, 0, 2_300_000, 0, 2_300_000);
        Six(tb, "334", 0, 0, 30_000_000, 30_000_000, 0, 0);
        Six(tb, "4111", 0, 653_000_000, 0, 0, 0, 653_000_000);
        Six(tb, "411", 0, 653_000_000, 0, 0, 0, 653_000_000);
        Six(tb, "5111", 0, 0, 0, 23_000_000, 0, 23_000_000); // 20 + 3
        Six(tb, "511", 0, 0, 0, 23_000_000, 0, 23_000_000);
        Six(tb, "6421", 0, 0, 30_000_000, 0, 30_000_000, 0);
        Six(tb, "642", 0, 0, 30_000_000, 0, 30_000_000, 0);
        Assert.Equal(
            ["111", "1111", "112", "1121", "11211", "11212", "131", "133", "1331", "156", "211", "331", "333", "3331", "33311",
             "334", "411", "4111", "511", "5111", "642", "6421"],
            tb.Lines.Select(l => l.AccountCode));
        Assert.Null(tb.Find("6428")); // the internal-only expense is not in the Tax book
    }

    [Fact]
    public async Task BuildAsync_TaxBookJanuary_GrandTotalsBalance()
    {
        var tb = await Build(Book.Tax, "2026-01-01", "2026-01-31");

        // Opening: Σ Dr 100 + 500 + 30 + 60 + 8 = 698; Σ Cr 5 + 40 + 653 = 698.
        // Period: Σ of the eight Tax entries 22 + 55 + 45 + 25 + 100 + 30 + 3.3 + 30 = 310.3 on each side.
        // Closing Dr 117 + 355 + 100 + 5 + 5 + 50 + 60 + 8 + 30 = 730; Cr 1.7 + 50 + 2.3 + 653 + 23 = 730.
        Assert.Equal((698_000_000m, 698_000_000m), (tb.Totals.Opening.Debit, tb.Totals.Opening.Credit));
        Assert.Equal((310_300_000m, 310_300_000m), (tb.Totals.Period.Debit, tb.Totals.Period.Credit));
        Assert.Equal((730_000_000m, 730_000_000m), (tb.Totals.Closing.Debit, tb.Totals.Closing.Credit));
        Assert.True(tb.IsBalanced);
        Assert.Empty(tb.Imbalances);
    }

    [Fact]
    public async Task BuildAsync_TwoSidedAccounts_CarryTheirPartnersForDrillDown()
    {
        var tb = await Build(Book.Tax, "2026-01-01", "2026-01-31");

        var receivable = tb.Find("131")!;
        Assert.True(receivable.GrossByPartner);
        var a = receivable.Partners.Single(p => p.PartnerId == month.A.Id);
        var b = receivable.Partners.Single(p => p.PartnerId == month.B.Id);
        Assert.Equal((30_000_000m, 0m, 0m, 25_000_000m, 5_000_000m, 0m), (a.Opening.Debit, a.Opening.Credit, a.Period.Debit, a.Period.Credit, a.Closing.Debit, a.Closing.Credit));
        Assert.Equal((0m, 5_000_000m, 3_300_000m, 0m, 0m, 1_700_000m), (b.Opening.Debit, b.Opening.Credit, b.Period.Debit, b.Period.Credit, b.Closing.Debit, b.Closing.Credit));
        Assert.Equal(("KH-A", "Công ty An Phát"), (a.PartnerCode, a.PartnerName));
        Assert.Equal(new FigureSourceKey("131", month.A.Id, D("2026-01-01"), D("2026-01-31")), Key(a.Source));
        Assert.Equal(new FigureSourceKey("112", null, D("2026-01-01"), D("2026-01-31")), Key(tb.Find("112")!.Source));
        Assert.False(tb.Find("1111")!.GrossByPartner);
        Assert.Empty(tb.Find("1111")!.Partners);
    }

    [Fact]
    public async Task BuildAsync_RollUpRows_AreFlaggedAndNamedFromTheTt99Chart()
    {
        var tb = await Build(Book.Tax, "2026-01-01", "2026-01-31");

        Assert.True(tb.Find("112")!.IsRollUp);
        Assert.True(tb.Find("1121")!.IsRollUp);
        Assert.False(tb.Find("11211")!.IsRollUp);
        Assert.Equal((1, 2, 3), (tb.Find("112")!.Level, tb.Find("1121")!.Level, tb.Find("11211")!.Level));
        Assert.Equal("Tiền gửi không kỳ hạn", tb.Find("112")!.AccountName); // TT99 name, not TT200's "Tiền gửi ngân hàng"
        Assert.Equal("Tiền gửi VND - Vietcombank", tb.Find("11211")!.AccountName);
    }

    [Fact]
    public async Task BuildAsync_InternalBook_DiffersExactlyByTheInternalOnlyEntry()
    {
        var tax = await Build(Book.Tax, "2026-01-01", "2026-01-31");
        var internalBook = await Build(Book.Internal, "2026-01-01", "2026-01-31");

        // Internal adds Nợ 6428 / Có 1111 3,000,000: 1111 Cr 30 + 3 = 33, closing 117 − 3 = 114; 642 Dr 30 + 3 = 33.
        Six(internalBook, "1111", 100_000_000, 0, 47_000_000, 33_000_000, 114_000_000, 0);
        Six(internalBook, "6428", 0, 0, 3_000_000, 0, 3_000_000, 0);
        Six(internalBook, "642", 0, 0, 33_000_000, 0, 33_000_000, 0);
        Assert.Equal((313_300_000m, 313_300_000m), (internalBook.Totals.Period.Debit, internalBook.Totals.Period.Credit));
        Assert.Equal((730_000_000m, 730_000_000m), (internalBook.Totals.Closing.Debit, internalBook.Totals.Closing.Credit));
        var changed = internalBook.Lines
            .Where(l => tax.Find(l.AccountCode) is not { } t || (t.Opening, t.Period, t.Closing) != (l.Opening, l.Period, l.Closing))
            .Select(l => l.AccountCode);
        Assert.Equal(["111", "1111", "642", "6428"], changed);
    }

    [Fact]
    public async Task BuildAsync_NoTwoSidedAccounts_NetsPartnersInsteadOfGrossing()
    {
        var tb = await month.Host.Reports.TrialBalanceAsync(
            new TrialBalanceRequest(month.CompanyId, Book.Tax, D("2026-01-01"), D("2026-01-31"), TwoSidedAccounts: []), CancellationToken.None);

        // 131 netted: opening 30 − 5 = Dr 25, closing 5 − 1.7 = Dr 3.3; 331: opening 40 − 8 = Cr 32, closing 50 − 8 = Cr 42.
        Six(tb, "131", 25_000_000, 0, 3_300_000, 25_000_000, 3_300_000, 0);
        Six(tb, "331", 0, 32_000_000, 45_000_000, 55_000_000, 0, 42_000_000);
        // Opening 698 − 5 − 8 = 685 on each side; closing 730 − 1.7 − 8 = 720.3 on each side.
        Assert.Equal((685_000_000m, 685_000_000m), (tb.Totals.Opening.Debit, tb.Totals.Opening.Credit));
        Assert.Equal((720_300_000m, 720_300_000m), (tb.Totals.Closing.Debit, tb.Totals.Closing.Credit));
    }

    [Fact]
    public async Task BuildAsync_RangeSpanningTwoMonths_IncludesFebruary()
    {
        var tb = await Build(Book.Tax, "2026-01-01", "2026-02-28");

        // February adds Nợ 11212 / Có 131 A 5,000,000: 11212 Dr 105; 1121 Dr 105, Cr 145, closing 455 + 5 = 460;
        // 131 Cr 25 + 5 = 30, closing A 5 − 5 = 0, B Cr 1.7.
        Six(tb, "11212", 0, 0, 105_000_000, 0, 105_000_000, 0);
        Six(tb, "1121", 500_000_000, 0, 105_000_000, 145_000_000, 460_000_000, 0);
        Six(tb, "131", 30_000_000, 5_000_000, 3_300_000, 30_000_000, 0, 1_700_000);
        Assert.Equal((315_300_000m, 315_300_000m), (tb.Totals.Period.Debit, tb.Totals.Period.Credit));
        Assert.Equal((730_000_000m, 730_000_000m), (tb.Totals.Closing.Debit, tb.Totals.Closing.Credit));
    }

    [Fact]
    public async Task BuildAsync_February_OpensWithJanuaryClosing()
    {
        var tb = await Build(Book.Tax, "2026-02-01", "2026-02-28");

        Six(tb, "131", 5_000_000, 1_700_000, 0, 5_000_000, 0, 1_700_000);
        Six(tb, "11212", 100_000_000, 0, 5_000_000, 0, 105_000_000, 0);
        Six(tb, "334", 0, 0, 0, 0, 0, 0); // moved in January, nets to zero, still listed
        Assert.Equal((730_000_000m, 730_000_000m), (tb.Totals.Opening.Debit, tb.Totals.Opening.Credit));
        Assert.Equal((5_000_000m, 5_000_000m), (tb.Totals.Period.Debit, tb.Totals.Period.Credit));
    }

    [Fact]
    public async Task BuildAsync_EmptyPeriod_OpeningEqualsClosingAndNoMovement()
    {
        var tb = await Build(Book.Tax, "2026-03-01", "2026-03-31");

        Assert.All(tb.Lines, l => Assert.Equal((0m, 0m), (l.Period.Debit, l.Period.Credit)));
        Assert.All(tb.Lines, l => Assert.Equal(l.Opening, l.Closing));
        Six(tb, "1111", 117_000_000, 0, 0, 0, 117_000_000, 0);
        Assert.Equal((730_000_000m, 730_000_000m), (tb.Totals.Opening.Debit, tb.Totals.Closing.Credit));
    }

    [Fact]
    public async Task ToTable_ShowPartners_PrintsOneRowPerPartnerUnderTwoSidedAccounts()
    {
        var tb = await month.Host.Reports.TrialBalanceAsync(
            new TrialBalanceRequest(month.CompanyId, Book.Tax, D("2026-01-01"), D("2026-01-31"), ShowPartners: true), CancellationToken.None);
        var table = tb.ToTable();

        var index = table.Rows.ToList().FindIndex(r => (string?)r.Cells[0] == "131");
        Assert.Contains("KH-A", (string)table.Rows[index + 1].Cells[1]!, StringComparison.Ordinal);
        Assert.Contains("KH-B", (string)table.Rows[index + 2].Cells[1]!, StringComparison.Ordinal);
        Assert.Equal(1_700_000m, table.Rows[index + 2].Cells[7]);
        Assert.Equal(22 + 2 + 2 + 1, table.Rows.Count); // 22 accounts, 2 partners under 131, 2 under 331, Tổng cộng
    }

    private Task<TrialBalanceResult> Build(Book book, string from, string to) =>
        month.Host.Reports.TrialBalanceAsync(new TrialBalanceRequest(month.CompanyId, book, D(from), D(to)), CancellationToken.None);

    private static void Six(TrialBalanceResult tb, string code, decimal od, decimal oc, decimal pd, decimal pc, decimal cd, decimal cc)
    {
        var line = tb.Find(code);
        Assert.True(line is not null, $"account {code} is missing from the trial balance");
        Assert.Equal(
            (code, od, oc, pd, pc, cd, cc),
            (code, line.Opening.Debit, line.Opening.Credit, line.Period.Debit, line.Period.Credit, line.Closing.Debit, line.Closing.Credit));
    }

    private static FigureSourceKey Key(Common.FigureSource s) => new(s.AccountCode, s.PartnerId, s.From, s.To);

    private sealed record FigureSourceKey(string Account, Guid? Partner, DateOnly From, DateOnly To);
}
