using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Companies.Joining;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Numbering;
using AmisModular.Ledger.Opening;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Queries;
using AmisModular.Ledger.Storage;
using AmisModular.Ledger.Sync;
using AmisModular.Modularity.Abstractions.Storage;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmisModular.Ledger;

/// <summary>The ledger core's composition root. Call after <c>services.AddStore(...)</c>.</summary>
public static class LedgerServiceCollectionExtensions
{
    public static IServiceCollection AddLedger(this IServiceCollection services)
    {
        services.AddModuleStore<LedgerDbContext, SqliteLedgerDbContext, SqlServerLedgerDbContext>("core", LedgerDbContext.SchemaName, order: 0);
        services.AddSingleton(new ModuleStorageDescriptor("core", LedgerDbContext.SchemaName, typeof(LedgerDbContext)));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPostingRuleProvider, CorePostingRules>();
        services.TryAddSingleton<PostingRuleRegistry>();
        services.TryAddSingleton<PostingService>();
        services.TryAddSingleton<CompanyService>();
        services.TryAddSingleton<CompanyJoin>();
        services.TryAddSingleton<FiscalCalendar>();
        services.TryAddSingleton<ChartService>();
        services.TryAddSingleton<CatalogService>();
        services.TryAddSingleton<NumberSeriesService>();
        services.TryAddSingleton<OpeningBalanceService>();
        services.TryAddSingleton<GeneralJournalService>();
        services.TryAddSingleton<LedgerQueries>();
        services.TryAddSingleton<GeneralJournalSyncAdapter>();
        services.TryAddSingleton<CatalogSyncAdapter>();
        services.AddSingleton<ISyncAdapter, CoreSyncAdapter>();
        return services;
    }
}
