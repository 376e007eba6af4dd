using AmisModular.Modularity.Lifecycle;
using AmisModular.Storage.Migrating;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmisModular.SyncHost.Engine;

/// <summary>Migrates the store (core, outbox, sync state, the Active modules) and runs the controller's automatic loops.</summary>
public sealed class EngineSyncService(EngineSyncController controller, IServiceProvider services, ILogger<EngineSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var order = services.GetService<ModuleManager>()?.ActiveModules.Select(m => m.Descriptor.Id).ToList();
        await services.GetRequiredService<StoreMigrator>().MigrateAsync(order, stoppingToken);
        logger.LogInformation("Sync engine running for modules {Modules}", order is null ? "(none loaded)" : string.Join(", ", order));
        await controller.RunAsync(stoppingToken);
    }
}
