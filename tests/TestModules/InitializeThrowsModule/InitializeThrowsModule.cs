using AmisModular.Modularity.Abstractions.Modules;

namespace AmisModular.TestModules.InitializeThrowsModule;

/// <summary>Configures fine, then fails while initializing.</summary>
public sealed class InitializeThrowsModule : ModuleBase
{
    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("fiscal period 2026-01 could not be opened");
}
