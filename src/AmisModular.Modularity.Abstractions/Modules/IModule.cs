using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Modularity.Abstractions.Modules;

/// <summary>
/// A module's composition root. Two phases, as on Microsoft DI: services are registered before the container is
/// built, then the module initializes against the built container. The host stops modules in reverse order.
/// </summary>
public interface IModule
{
    void ConfigureServices(IServiceCollection services, ModuleContext context);

    Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken);

    Task StopAsync(CancellationToken cancellationToken);
}
