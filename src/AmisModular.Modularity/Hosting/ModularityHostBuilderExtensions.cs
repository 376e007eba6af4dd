using AmisModular.Modularity.Abstractions.Events;
using AmisModular.Modularity.Events;
using AmisModular.Modularity.Gating;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Lifecycle;
using AmisModular.Modularity.Profiles;
using AmisModular.Modularity.States;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AmisModular.Modularity.Hosting;

/// <summary>The composition root of the module host.</summary>
public static class ModularityHostBuilderExtensions
{
    /// <summary>
    /// Discovers, verifies, gates and loads the modules and runs their ConfigureServices now, before the host is
    /// built; registers the <see cref="ModuleManager"/>, <see cref="IModuleStatusStore"/>, <see cref="IEventAggregator"/>
    /// and a hosted service that initializes the modules on start and stops them on stop. Register
    /// <see cref="ILicenceGate"/> and <see cref="IDepartmentProfileGate"/> before calling this; without them the
    /// <see cref="NoLicenceGate"/>/<see cref="NoProfileGate"/> defaults apply (deny unless AllowWhenNoGateRegistered).
    /// Options come from the <c>Modularity</c> configuration section, then <paramref name="configure"/>.
    /// </summary>
    /// <exception cref="RequiredModuleFailedException">A required module could not be loaded or configured.</exception>
    public static ModuleManager AddModularity(this IHostApplicationBuilder builder, Action<ModularityOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new ModularityOptions();
        builder.Configuration.GetSection(ModularityOptions.SectionName).Bind(options);
        configure?.Invoke(options);

        var services = builder.Services;
        var licence = GateResolver.Find<ILicenceGate>(services) ?? new NoLicenceGate(options.AllowWhenNoGateRegistered);
        var profile = GateResolver.Find<IDepartmentProfileGate>(services) ?? new NoProfileGate(options.AllowWhenNoGateRegistered);
        var store = new ModuleStatusStore(options.StateDirectory);

        // Modules may subscribe to events in InitializeAsync; the aggregator must exist before them.
        services.TryAddSingleton<IEventAggregator, EventAggregator>();
        services.AddSingleton(options);
        services.AddSingleton<IModuleStatusStore>(store);
        services.TryAddSingleton(licence);
        services.TryAddSingleton(profile);

        var manager = new ModuleManager(options, licence, profile, store);
        services.AddSingleton(manager);
        manager.ConfigureServices(services, builder.Configuration);
        services.AddHostedService<ModuleLifecycleService>();
        return manager;
    }
}
