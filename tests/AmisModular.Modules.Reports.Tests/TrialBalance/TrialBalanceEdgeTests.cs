using AmisModular.Ledger.Companies;
using AmisModular.Modules.Reports.Common;
using AmisModular.Modules.Reports.GeneralJournal;
using AmisModular.Modules.Reports.GeneralLedger;
using AmisModular.Modules.Reports.Tests.Support;
using AmisModular.Modules.Reports.TrialBalance;
using static AmisModular.Modules.Reports.Tests.Support.ReportsHost;

namespace AmisModular.Modules.Reports.Tests.TrialBalance;

/// <summary>Imbalances that must show, empty books, and requests that must be refused with the field named.</summary>
public sealed class TrialBalanceEdgeTests
{
    [Fact]
    public async Task BuildAsync_UnbalancedOpenings_ReportsTheDifferenceInsteadOfHidingIt()
    {
        await using var host = await ReportsHost.CreateAsync();
        await host.OpeningAsync("1111", null, 10_000_000m, 0m, Book.Tax);
        await host.OpeningAsync("4111", null, 0m, 9_000_000m, Book.Tax); // 1,000,000 short

        var tb = await host.Reports.TrialBalanceAsync(new TrialBalanceRequest(host.Company.Id, Book.Tax, D("2026-01-01"), D("2026-01-31")), CancellationToken.None);

        Assert.False(tb.IsBalanced);
        Assert.Equal(
            [("Số dư đầu kỳ", 10_000_000m, 9_000_000m, 1_000_000m), ("Số dư cuối kỳ", 10_000_000m, 9_000_000m, 1_000_000m)],
            tb.Imbalances.Select(i => (i.Figure.Vi, i.Debit, i.Credit, i.Difference)));
        var footer = string.Join("\n", tb.ToTable().Footer);
        Assert.Contains("CHÊNH LỆCH SỐ DƯ ĐẦU KỲ: Nợ 10.000.000 ≠ Có 9.000.000 (chênh lệch 1.000.000)", footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_CompanyWithNothingPosted_IsEmptyAndBalanced()
    {
        await using var host = await ReportsHost.CreateAsync();

        var tb = await host.Reports.TrialBalanceAsync(new TrialBalanceRequest(host.Company.Id, Book.Tax, D("2026-01-01"), D("2026-12-31")), CancellationToken.None);

        Assert.Empty(tb.Lines);
        Assert.True(tb.IsBalanced);
        Assert.Equal(Amounts.Zero, tb.Totals.Closing);
        Assert.Single(tb.ToTable().Rows); // Tổng cộng
    }

    [Fact]
    public async Task BuildAsync_StartAfterEnd_IsRefusedNamingTheField()
    {
        await using var host = await ReportsHost.CreateAsync();

        var error = await Assert.ThrowsAsync<ReportRequestException>(() => host.Reports.TrialBalanceAsync(
            new TrialBalanceRequest(host.Company.Id, Book.Tax, D("2026-02-01"), D("2026-01-31")), CancellationToken.None));

        Assert.Equal("From", error.Field);
        Assert.Contains("Từ ngày", error.Text.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_InternalBookNotKept_IsRefused()
    {
        await using var host = await ReportsHost.CreateAsync(usesInternalBook: false);

        var error = await Assert.ThrowsAsync<ReportRequestException>(() => host.Reports.GeneralJournalAsync(
            new GeneralJournalRequest(host.Company.Id, Book.Internal, D("2026-01-01"), D("2026-01-31")), CancellationToken.None));

        Assert.Equal("Book", error.Field);
        Assert.Equal("The company does not keep an Internal (management) book.", error.Text.En);
    }

    [Fact]
    public async Task BuildAsync_UnknownCompanyOrAccountOrYear_AreRefusedNamingTheField()
    {
        await using var host = await ReportsHost.CreateAsync();

        var company = await Assert.ThrowsAsync<ReportRequestException>(() => host.Reports.TrialBalanceAsync(
            new TrialBalanceRequest(Guid.NewGuid(), Book.Tax, D("2026-01-01"), D("2026-01-31")), CancellationToken.None));
        var account = await Assert.ThrowsAsync<ReportRequestException>(() => host.Reports.GeneralLedgerAsync(
            new GeneralLedgerRequest(host.Company.Id, Book.Tax, "999", D("2026-01-01"), D("2026-01-31")), CancellationToken.None));
        var year = await Assert.ThrowsAsync<ReportRequestException>(() => host.Reports.GeneralJournalAsync(
            new GeneralJournalRequest(host.Company.Id, Book.Tax, D("2024-01-01"), D("2024-01-31")), CancellationToken.None));
        var twoSided = await Assert.ThrowsAsync<ReportRequestException>(() => host.Reports.TrialBalanceAsync(
            new TrialBalanceRequest(host.Company.Id, Book.Tax, D("2026-01-01"), D("2026-01-31"), ["13a"]), CancellationToken.None));

        Assert.Equal(("CompanyId", "AccountCode", "From", "TwoSidedAccounts"), (company.Field, account.Field, year.Field, twoSided.Field));
        Assert.Contains("999", account.Text.Vi, StringComparison.Ordinal);
    }
}
