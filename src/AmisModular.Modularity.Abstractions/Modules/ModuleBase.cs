using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Modularity.Abstractions.Modules;

/// <summary>Convenience base: a module overrides only the phases it needs.</summary>
public abstract class ModuleBase : IModule
{
    public virtual void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
    }

    public virtual Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
