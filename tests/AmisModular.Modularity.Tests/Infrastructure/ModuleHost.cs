using AmisModular.Modularity.Abstractions.Events;
using AmisModular.Modularity.Events;
using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Lifecycle;
using AmisModular.Modularity.Profiles;
using AmisModular.Modularity.States;
using AmisModular.TestContracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Modularity.Tests.Infrastructure;

/// <summary>Runs the whole lifecycle without a generic host: ConfigureServices → build container → InitializeAsync.</summary>
public sealed class ModuleHost
{
    private ModuleHost(ModuleManager manager, ServiceProvider services)
    {
        Manager = manager;
        Services = services;
    }

    public ModuleManager Manager { get; }

    public ServiceProvider Services { get; }

    public ProbeLog Log => Services.GetRequiredService<ProbeLog>();

    public static async Task<ModuleHost> StartAsync(
        ModularityOptions options,
        ILicenceGate? licence = null,
        IDepartmentProfileGate? profile = null)
    {
        var manager = new ModuleManager(options, licence ?? AllowAllGates.Instance, profile ?? AllowAllGates.Instance);
        var services = new ServiceCollection();
        services.AddSingleton<IEventAggregator, EventAggregator>();
        services.AddSingleton(new ProbeLog());
        manager.ConfigureServices(services, new ConfigurationBuilder().Build());
        var provider = services.BuildServiceProvider();
        await manager.InitializeAsync(provider, CancellationToken.None);
        return new ModuleHost(manager, provider);
    }

    public ModuleStatus Status(string id, string? version = null) =>
        Manager.Statuses.Single(s => s.Id == id && (version is null || s.Version == version));

    public IReadOnlyList<ModuleProbe> Probes(string id) =>
        [.. Services.GetServices<ModuleProbe>().Where(p => p.ModuleId == id)];

    public string Probe(string id, string key) => Probes(id).Single(p => p.Key == key).Value;
}
