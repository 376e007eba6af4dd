using AmisModular.Modularity.Lifecycle;
using Microsoft.Extensions.Hosting;

namespace AmisModular.Modularity.Hosting;

/// <summary>Initializes the modules when the host starts and stops them, in reverse order, when it stops.</summary>
public sealed class ModuleLifecycleService(ModuleManager manager, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => manager.InitializeAsync(services, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => manager.StopAsync(cancellationToken);
}
