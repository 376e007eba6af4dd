using AmisModular.Ledger;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Shell.Tests.Browser;

/// <summary>Opens the shell's SQLite store file through the ledger's own services, as another process would.</summary>
internal sealed class LedgerStore : IAsyncDisposable
{
    private readonly ServiceProvider services;

    public LedgerStore(string sqliteFile)
    {
        services = new ServiceCollection()
            .AddStore(store => (store.SqliteFile, store.Pooling) = (sqliteFile, false))
            .AddLedger()
            .BuildServiceProvider();
    }

    public async Task<IReadOnlyList<Company>> CompaniesAsync()
    {
        await using var unit = await services.GetRequiredService<IStore>().BeginReadAsync(CancellationToken.None);
        return await unit.Context<LedgerDbContext>().Companies.AsNoTracking().ToListAsync();
    }

    public async Task<IReadOnlyList<FiscalYear>> FiscalYearsAsync(Guid companyId)
    {
        await using var unit = await services.GetRequiredService<IStore>().BeginReadAsync(CancellationToken.None);
        return await unit.Context<LedgerDbContext>().FiscalYears.AsNoTracking().Where(y => y.CompanyId == companyId).ToListAsync();
    }

    public async Task<IReadOnlyList<FiscalPeriod>> PeriodsAsync(Guid companyId)
    {
        await using var unit = await services.GetRequiredService<IStore>().BeginReadAsync(CancellationToken.None);
        var periods = await unit.Context<LedgerDbContext>().FiscalPeriods.AsNoTracking().Where(p => p.CompanyId == companyId).ToListAsync();
        return [.. periods.OrderBy(p => p.StartDate)];
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
