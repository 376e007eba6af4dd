using AmisModular.Modularity.Gating;
using AmisModular.Modularity.Profiles;
using AmisModular.Modularity.States;
using AmisModular.Modularity.Tests.Infrastructure;
using Moq;
using NuGet.Versioning;

namespace AmisModular.Modularity.Tests.Versions;

public sealed class VersionChoiceTests : IDisposable
{
    private readonly ModulesRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Start_TwoVersions_HighestActive_OlderSuperseded()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain);
        _root.Install("cash", "2.0.0", TestModule.Plain);

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(ModuleState.Active, host.Status("cash", "2.0.0").State);
        Assert.Equal(ModuleState.Superseded, host.Status("cash", "1.0.0").State);
        Assert.StartsWith("superseded by cash 2.0.0", host.Status("cash", "1.0.0").Reason, StringComparison.Ordinal);
        Assert.Equal("2.0.0", host.Probe("cash", "configured"));
    }

    [Fact]
    public async Task Start_ProfileRangeExcludesHighest_LowerChosen()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain);
        _root.Install("cash", "2.0.0", TestModule.Plain);
        var profile = new Mock<IDepartmentProfileGate>();
        profile.Setup(p => p.AllowedRange("cash")).Returns(VersionRange.Parse("[1.0.0, 2.0.0)"));
        profile.Setup(p => p.Check("cash", It.IsAny<NuGetVersion>())).Returns(ModuleGateDecision.Allow());

        var host = await ModuleHost.StartAsync(_root.Options(), profile: profile.Object);

        Assert.Equal(ModuleState.Active, host.Status("cash", "1.0.0").State);
        Assert.Equal(ModuleState.Superseded, host.Status("cash", "2.0.0").State);
        Assert.Contains("outside the department profile range [1.0.0, 2.0.0)", host.Status("cash", "2.0.0").Reason, StringComparison.Ordinal);
        Assert.Equal("1.0.0", host.Probe("cash", "configured"));
    }

    [Fact]
    public async Task Start_DependantNeedsOlderVersion_OlderChosen()
    {
        _root.Install("ledger", "1.5.0", TestModule.Plain);
        _root.Install("ledger", "2.0.0", TestModule.Plain);
        _root.Install("cash", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("ledger", "[1.0.0, 2.0.0)")));

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(ModuleState.Active, host.Status("ledger", "1.5.0").State);
        Assert.Equal(ModuleState.Superseded, host.Status("ledger", "2.0.0").State);
        Assert.Equal(ModuleState.Active, host.Status("cash").State);
    }
}
