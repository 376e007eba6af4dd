using AmisModular.Ledger.Companies.Joining;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Ledger.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AmisModular.Ledger.Tests.Support.LedgerHost;

namespace AmisModular.Ledger.Tests.Joining;

/// <summary>CompanyJoin on a real SQLite store: what <c>amis-sync enroll</c> writes in the credential's transaction.</summary>
public sealed class CompanyJoinTests : IAsyncLifetime
{
    private static readonly Guid CompanyId = Guid.Parse("0197a000-0000-7000-8000-000000000001");
    private LedgerHost host = null!;

    public async Task InitializeAsync() => host = await LedgerHost.CreateEmptyAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Join_EmptyStore_YearStartingInApril_TwelvePeriodsFromAprilAndVouchersNumberInTheDeviceSeries()
    {
        var result = await JoinAsync(new JoiningCompany(CompanyId, "0101234567", "Công ty Năm Lệch", "D3", [D("2026-04-01")]));

        Assert.True(result.Created);
        var year = Assert.Single(result.OpenedYears);
        Assert.Equal((D("2026-04-01"), D("2027-03-31"), AccountingRegime.Tt99), (year.StartDate, year.EndDate, year.Regime));
        var periods = await ReadAsync(db => db.FiscalPeriods.AsNoTracking().OrderBy(p => p.StartDate).ToListAsync());
        Assert.Equal((12, D("2026-04-01"), D("2027-03-31")), (periods.Count, periods[0].StartDate, periods[^1].EndDate));
        var voucher = await host.Journal.CreateAsync(new GeneralJournalDraft(CompanyId, Ledger.Companies.BookSet.Tax, D("2027-02-10"), D("2027-02-10"), "x",
            [new GeneralJournalDraftLine("6427", "1111", 1m)]), post: false, CancellationToken.None);
        Assert.Equal("NVKD3-00001", voucher.TaxNumber);
    }

    [Fact]
    public async Task Join_Twice_SecondAddsNothing_AndANewSeriesReplacesTheOld()
    {
        await JoinAsync(new JoiningCompany(CompanyId, "0101234567", "Công ty A", "D1", [D("2026-01-01")]));

        var again = await JoinAsync(new JoiningCompany(CompanyId, "0101234567", "Công ty A", "D4", [D("2026-01-01"), D("2027-01-01")]));

        Assert.False(again.Created);
        Assert.Equal(D("2027-01-01"), Assert.Single(again.OpenedYears).StartDate);
        Assert.Single(await ReadAsync(db => db.Companies.ToListAsync()));
        Assert.Equal(2, await ReadAsync(db => db.FiscalYears.CountAsync()));
        Assert.Equal("D4", Assert.Single(await ReadAsync(db => db.DeviceSeries.ToListAsync())).Series);
    }

    [Fact]
    public async Task Join_StoreKeepsAnotherCompany_RefusedNamingBothAndWritesNothing()
    {
        await JoinAsync(new JoiningCompany(CompanyId, "0101234567", "Công ty A", "D1", []));

        var refused = await Assert.ThrowsAsync<CompanyMismatchException>(() =>
            JoinAsync(new JoiningCompany(Guid.CreateVersion7(), "0309999999", "Công ty B", "D1", [D("2026-01-01")])));

        Assert.Contains("0101234567", refused.Text.En, StringComparison.Ordinal);
        Assert.Contains("0309999999", refused.Text.En, StringComparison.Ordinal);
        Assert.Single(await ReadAsync(db => db.Companies.ToListAsync()));
    }

    private async Task<CompanyJoinResult> JoinAsync(JoiningCompany company)
    {
        await using var unit = await host.Store.BeginAsync(CancellationToken.None);
        var result = await host.Get<CompanyJoin>().JoinAsync(unit.Context<LedgerDbContext>(), company, CancellationToken.None);
        await unit.CommitAsync(CancellationToken.None);
        return result;
    }

    private async Task<T> ReadAsync<T>(Func<LedgerDbContext, Task<T>> read)
    {
        await using var unit = await host.Store.BeginReadAsync(CancellationToken.None);
        return await read(unit.Context<LedgerDbContext>());
    }
}
