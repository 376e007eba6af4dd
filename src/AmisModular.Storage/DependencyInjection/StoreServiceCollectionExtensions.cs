using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using AmisModular.Storage.Migrating;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmisModular.Storage.DependencyInjection;

public static class StoreServiceCollectionExtensions
{
    /// <summary>The store, its connections, the migrator, the unit of work and the outbox (schema <c>sync</c>).</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, Action<StoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new StoreOptions();
        configure(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StoreConnectionFactory>();
        services.TryAddSingleton<ModuleStoreCatalog>();
        services.TryAddSingleton<IStore, Store>();
        services.TryAddSingleton<StoreMigrator>();
        services.TryAddSingleton<OutboxReader>();
        return services.AddModuleStore<OutboxDbContext, SqliteOutboxDbContext, SqlServerOutboxDbContext>(
            "sync", OutboxDbContext.SchemaName, order: 10);
    }

    /// <summary>Registers a module's storage (one sealed context per provider) for the migrator and units of work.</summary>
    public static IServiceCollection AddModuleStore<TContext, TSqlite, TSqlServer>(
        this IServiceCollection services, string moduleId, string schema, int order)
        where TContext : ModuleDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        services.AddSingleton(ModuleStoreRegistration.For<TContext, TSqlite, TSqlServer>(moduleId, schema, order));
        return services;
    }
}
