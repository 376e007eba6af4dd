using AmisModular.Modularity.Dependencies;
using AmisModular.Modularity.States;
using AmisModular.Modularity.Tests.Infrastructure;

namespace AmisModular.Modularity.Tests.Dependencies;

public sealed class DependencyTests : IDisposable
{
    private readonly ModulesRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Start_CycleOfThree_AllMissingDependencyNamingWholeCycle_DependantCascades()
    {
        _root.Install("alpha", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("beta", "1.0.0")));
        _root.Install("beta", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("gamma", "1.0.0")));
        _root.Install("gamma", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("alpha", "1.0.0")));
        _root.Install("reports", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("gamma", "1.0.0")));
        _root.Install("free", "1.0.0", TestModule.Plain);

        var host = await ModuleHost.StartAsync(_root.Options());

        foreach (var id in new[] { "alpha", "beta", "gamma" })
        {
            Assert.Equal(ModuleState.MissingDependency, host.Status(id).State);
            Assert.Equal("cyclic dependency / phụ thuộc vòng: alpha → beta → gamma → alpha", host.Status(id).Reason);
        }

        Assert.Equal(ModuleState.MissingDependency, host.Status("reports").State);
        Assert.StartsWith("requires gamma [1.0.0, ) but gamma 1.0.0 is MissingDependency: cyclic dependency", host.Status("reports").Reason, StringComparison.Ordinal);
        Assert.Equal(ModuleState.Active, host.Status("free").State);
    }

    [Fact]
    public async Task Start_DependencyNotInstalled_MissingDependency()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("ledger-ext", "[2.0.0, )")));

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(ModuleState.MissingDependency, host.Status("cash").State);
        Assert.Equal("requires ledger-ext [2.0.0, ) but it is not installed / thiếu mô-đun phụ thuộc", host.Status("cash").Reason);
        Assert.Empty(host.Probes("cash"));
    }

    [Fact]
    public async Task Start_DependencyOutOfRange_MissingDependencyNamingInstalledVersion()
    {
        _root.Install("ledger-ext", "1.4.0", TestModule.Plain);
        _root.Install("cash", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("ledger-ext", "[2.0.0, )")));

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(ModuleState.MissingDependency, host.Status("cash").State);
        Assert.StartsWith("requires ledger-ext [2.0.0, ) but 1.4.0 is installed", host.Status("cash").Reason, StringComparison.Ordinal);
        Assert.Equal(ModuleState.Active, host.Status("ledger-ext").State);
    }

    [Fact]
    public async Task Start_Dependencies_InitializedDependenciesFirst()
    {
        _root.Install("sales", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("bank", "1.0.0")));
        _root.Install("bank", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("ledger", "1.0.0")));
        _root.Install("ledger", "1.0.0", TestModule.Plain);

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(["ledger initialized", "bank initialized", "sales initialized"], host.Log.Lines);
    }

    [Fact]
    public async Task StopAsync_StopsInReverseDependencyOrder()
    {
        _root.Install("bank", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("ledger", "1.0.0")));
        _root.Install("ledger", "1.0.0", TestModule.Plain);
        var host = await ModuleHost.StartAsync(_root.Options());

        await host.Manager.StopAsync(CancellationToken.None);

        Assert.Equal(["ledger initialized", "bank initialized", "bank stopped", "ledger stopped"], host.Log.Lines);
    }

    [Fact]
    public void Sort_SelfContainedCycle_ThrowsNamingCycle()
    {
        var graph = new Dictionary<string, string[]> { ["x"] = ["y"], ["y"] = ["x"], ["z"] = [] };

        var ex = Assert.Throws<CyclicDependencyException>(() => TopologicalSorter.Sort(graph.Keys, id => graph[id]));

        Assert.Equal("x → y → x", ex.CycleText);
    }
}
