using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.TestContracts;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.TestModules.ConfigureThrowsModule;

/// <summary>Registers one service, then throws: the host must take the registration back.</summary>
public sealed class ConfigureThrowsModule : ModuleBase
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddSingleton(new ModuleProbe(context.ModuleId, "half-registered", "should be removed"));
        throw new InvalidOperationException("ledger account 111 is not configured");
    }
}
