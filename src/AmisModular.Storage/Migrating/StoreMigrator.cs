using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmisModular.Storage.Migrating;

/// <summary>
/// Applies every registered module's migrations at start-up: core first, then sync/outbox, then the modules in the
/// dependency order the host gives. Each module has its own history table, so each migrates independently.
/// </summary>
public sealed class StoreMigrator(StoreConnectionFactory connections, ModuleStoreCatalog catalog, ILogger<StoreMigrator>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<StoreMigrator>.Instance;

    /// <param name="moduleOrder">Module ids in dependency order (from the host); unlisted ones follow by registration order.</param>
    public async Task<IReadOnlyList<string>> MigrateAsync(IReadOnlyList<string>? moduleOrder, CancellationToken cancellationToken)
    {
        var applied = new List<string>();
        await using var connection = await connections.OpenAsync(cancellationToken);
        foreach (var registration in Order(moduleOrder))
        {
            await using var context = registration.Create(connections.Options, connection);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            if (log.IsEnabled(LogLevel.Information))
            {
                log.LogInformation("Store module {Module} ({Schema}): {Count} migrations applied", registration.ModuleId, registration.Schema, pending.Count);
            }

            applied.AddRange(pending.Select(m => $"{registration.ModuleId}:{m}"));
        }

        return applied;
    }

    public IReadOnlyList<ModuleStoreRegistration> Order(IReadOnlyList<string>? moduleOrder) => Order(catalog.Registrations, moduleOrder);

    public static IReadOnlyList<ModuleStoreRegistration> Order(IEnumerable<ModuleStoreRegistration> registrations, IReadOnlyList<string>? moduleOrder)
    {
        var rank = (moduleOrder ?? []).Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index, StringComparer.Ordinal);
        return [.. registrations
            .OrderBy(r => r.Order < 100 ? r.Order : 100)
            .ThenBy(r => rank.TryGetValue(r.ModuleId, out var index) ? index : int.MaxValue)
            .ThenBy(r => r.Order)];
    }
}
