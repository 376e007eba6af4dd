using AmisModular.Modularity.Abstractions.Events;
using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.States;
using AmisModular.Modularity.Tests.Infrastructure;
using AmisModular.TestContracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmisModular.Modularity.Tests.Hosting;

public sealed class AddModularityTests : IDisposable
{
    private readonly ModulesRoot _root = new();

    public void Dispose() => _root.Dispose();

    private HostApplicationBuilder Builder(Action<ModularityOptions>? tweak = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(new ProbeLog());
        var template = _root.Options();
        builder.AddModularity(o =>
        {
            o.ModulesRoot = template.ModulesRoot;
            o.StateDirectory = template.StateDirectory;
            foreach (var key in template.TrustedKeys)
            {
                o.TrustedKeys.Add(key);
            }

            o.SharedAssemblyPrefixes.Add("AmisModular.TestContracts");
            tweak?.Invoke(o);
        });
        return builder;
    }

    [Fact]
    public async Task Host_StartAndStop_ModulesInitialized_EventsFlow_StatusesInDiAndFile()
    {
        _root.Install("listener", "1.0.0", TestModule.EventSubscriber);
        _root.Install("announcer", "1.0.0", TestModule.EventPublisher, m => m["dependencies"] = ModulesRoot.Dependencies(("listener", "1.0.0")));
        _root.Install("cash", "1.0.0", TestModule.Plain);

        using var host = Builder(o => o.AllowWhenNoGateRegistered = true).Build();
        await host.StartAsync();

        var store = host.Services.GetRequiredService<IModuleStatusStore>();
        Assert.All(store.Current, s => Assert.Equal(ModuleState.Active, s.State));
        Assert.Equal(["subscriber received 'hello' from publisher", "cash initialized"], host.Services.GetRequiredService<ProbeLog>().Lines);
        Assert.Equal("1.0.0", host.Services.GetServices<ModuleProbe>().Single(p => p.ModuleId == "cash").Value);
        Assert.NotNull(host.Services.GetRequiredService<IEventAggregator>());
        Assert.Equal(3, ModuleStatusStore.ReadFile(_root.StateDirectory).Count(s => s.IsActive));

        await host.StopAsync();
    }

    [Fact]
    public void AddModularity_NoGateRegistered_DefaultDenies_NotLicensed()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain);

        var builder = Builder();

        var status = Assert.Single(builder.Services.BuildServiceProvider().GetRequiredService<IModuleStatusStore>().Current);
        Assert.Equal(ModuleState.NotLicensed, status.State);
        Assert.Equal("no licence configured / chưa cài đặt giấy phép", status.Reason);
    }

    [Fact]
    public void AddModularity_GateRegisteredByType_Used()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<ILicenceGate, AllowAllGates>();
        builder.Services.AddSingleton<AmisModular.Modularity.Profiles.IDepartmentProfileGate>(AllowAllGates.Instance);
        var options = _root.Options();

        var manager = builder.AddModularity(o =>
        {
            o.ModulesRoot = options.ModulesRoot;
            o.TrustedKeys.Add(options.TrustedKeys[0]);
            o.SharedAssemblyPrefixes.Add("AmisModular.TestContracts");
        });

        Assert.Equal(ModuleState.Active, Assert.Single(manager.Statuses).State);
    }

    [Fact]
    public void AddModularity_ContractAssemblyNotShared_ModuleCannotBorrowHostCopy_Malfunctioned()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var options = _root.Options();

        var manager = builder.AddModularity(o =>
        {
            o.ModulesRoot = options.ModulesRoot;
            o.TrustedKeys.Add(options.TrustedKeys[0]);
            o.AllowWhenNoGateRegistered = true;
        });

        var status = Assert.Single(manager.Statuses);
        Assert.Equal(ModuleState.Malfunctioned, status.State);
        // The module resolves the contract lazily, while it configures; the host refuses its own copy.
        Assert.StartsWith("ConfigureServices threw FileNotFoundException", status.Reason, StringComparison.Ordinal);
        Assert.Contains("AmisModular.TestContracts", status.Reason, StringComparison.Ordinal);
    }
}
