using AmisModular.Ledger;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Companies.Joining;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.Configuration;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
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

    /// <summary>Leaves the store as <c>amis-sync enroll</c> does: migrated, with the enrolled company joined.</summary>
    public async Task JoinAsync(JoiningCompany company)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(services.GetRequiredService<StoreOptions>().SqliteFile)!);
        await services.GetRequiredService<StoreMigrator>().MigrateAsync(null, CancellationToken.None);
        await using var unit = await services.GetRequiredService<IStore>().BeginAsync(CancellationToken.None);
        await services.GetRequiredService<CompanyJoin>().JoinAsync(unit.Context<LedgerDbContext>(), company, CancellationToken.None);
        await unit.CommitAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
