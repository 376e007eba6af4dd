using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.TestContracts;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.TestModules.PlainModule;

/// <summary>A well-behaved module; installed under many ids to exercise gates, versions and dependencies.</summary>
public sealed class PlainModule : ModuleBase
{
    private string _id = string.Empty;
    private ProbeLog? _log;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        _id = context.ModuleId;
        services.AddSingleton(new ModuleProbe(context.ModuleId, "configured", context.Version));
    }

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _log = services.GetService<ProbeLog>();
        _log?.Add($"{_id} initialized");
        return Task.CompletedTask;
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _log?.Add($"{_id} stopped");
        return Task.CompletedTask;
    }
}
