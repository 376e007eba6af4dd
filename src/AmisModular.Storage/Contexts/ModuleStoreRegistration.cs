using System.Data.Common;
using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Contexts;

/// <summary>
/// One module's storage: its schema, its migration order and one sealed context class per provider.
/// <see cref="ContextType"/> is the (abstract) type callers ask a unit of work for.
/// </summary>
public sealed class ModuleStoreRegistration
{
    private readonly IReadOnlyDictionary<StoreProvider, Type> providerTypes;

    public ModuleStoreRegistration(
        string moduleId, string schema, int order, Type contextType, IReadOnlyDictionary<StoreProvider, Type> providerTypes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        ArgumentNullException.ThrowIfNull(contextType);
        ArgumentNullException.ThrowIfNull(providerTypes);
        foreach (var type in providerTypes.Values)
        {
            if (!contextType.IsAssignableFrom(type))
            {
                throw new ArgumentException($"{type.Name} does not derive from {contextType.Name}.", nameof(providerTypes));
            }
        }

        ModuleId = moduleId;
        Schema = schema;
        Order = order;
        ContextType = contextType;
        this.providerTypes = providerTypes;
    }

    public string ModuleId { get; }

    public string Schema { get; }

    /// <summary>Core = 0, sync/outbox = 10, modules from 100 on (the host's dependency order decides among them).</summary>
    public int Order { get; }

    public Type ContextType { get; }

    public static ModuleStoreRegistration For<TContext, TSqlite, TSqlServer>(string moduleId, string schema, int order)
        where TContext : ModuleDbContext
        where TSqlite : TContext
        where TSqlServer : TContext =>
        new(moduleId, schema, order, typeof(TContext), new Dictionary<StoreProvider, Type>
        {
            [StoreProvider.Sqlite] = typeof(TSqlite),
            [StoreProvider.SqlServer] = typeof(TSqlServer),
        });

    public Type ProviderContextType(StoreProvider provider) =>
        providerTypes.TryGetValue(provider, out var type)
            ? type
            : throw new StoreConfigurationException($"Module '{ModuleId}' has no storage for provider {provider}.");

    /// <summary>Creates the provider's context on an existing connection (the unit of work's shared one).</summary>
    public ModuleDbContext Create(StoreOptions options, DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new DbContextOptionsBuilder();
        ModuleContextOptions.Configure(builder, options.Provider, connection, Schema);
        if (options.Interceptors.Count > 0)
        {
            builder.AddInterceptors(options.Interceptors);
        }

        return (ModuleDbContext)Activator.CreateInstance(ProviderContextType(options.Provider), builder.Options)!;
    }
}
