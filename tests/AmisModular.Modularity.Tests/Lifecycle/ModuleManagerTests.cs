using AmisModular.Modularity.Gating;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Lifecycle;
using AmisModular.Modularity.Profiles;
using AmisModular.Modularity.States;
using AmisModular.Modularity.Tests.Infrastructure;
using Moq;
using NuGet.Versioning;

namespace AmisModular.Modularity.Tests.Lifecycle;

public sealed class ModuleManagerTests : IDisposable
{
    private readonly ModulesRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task ConfigureServices_ModuleThrows_MalfunctionedWithMessage_RegistrationsTakenBack()
    {
        _root.Install("cash", "1.0.0", TestModule.ConfigureThrows);
        _root.Install("bank", "1.0.0", TestModule.Plain);

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(ModuleState.Malfunctioned, host.Status("cash").State);
        Assert.Equal("ConfigureServices threw InvalidOperationException: ledger account 111 is not configured", host.Status("cash").Reason);
        Assert.Empty(host.Probes("cash"));
        Assert.Equal(ModuleState.Active, host.Status("bank").State);
    }

    [Fact]
    public async Task InitializeAsync_ModuleThrows_MalfunctionedWithMessage_OthersActive()
    {
        _root.Install("cash", "1.0.0", TestModule.InitializeThrows);
        _root.Install("bank", "1.0.0", TestModule.Plain);

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(ModuleState.Malfunctioned, host.Status("cash").State);
        Assert.Equal("InitializeAsync threw InvalidOperationException: fiscal period 2026-01 could not be opened", host.Status("cash").Reason);
        Assert.Equal(ModuleState.Active, host.Status("bank").State);
        Assert.Contains("bank initialized", host.Log.Lines);
    }

    [Fact]
    public async Task Start_DependantOfMalfunctionedModule_NotStarted()
    {
        _root.Install("ledger", "1.0.0", TestModule.ConfigureThrows);
        _root.Install("cash", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("ledger", "1.0.0")));
        _root.Install("tax", "1.0.0", TestModule.InitializeThrows);
        _root.Install("sales", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("tax", "1.0.0")));

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(ModuleState.MissingDependency, host.Status("cash").State);
        Assert.Equal(
            "requires ledger [1.0.0, ) but ledger 1.0.0 is Malfunctioned: ConfigureServices threw InvalidOperationException: ledger account 111 is not configured",
            host.Status("cash").Reason);
        Assert.Empty(host.Probes("cash"));
        Assert.Equal(ModuleState.MissingDependency, host.Status("sales").State);
        Assert.StartsWith("requires tax [1.0.0, ) but tax 1.0.0 is Malfunctioned: InitializeAsync threw", host.Status("sales").Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("sales initialized", host.Log.Lines);
    }

    [Fact]
    public async Task Start_HostApiOutOfRange_NotSupported()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain, m => m["hostApi"] = "[2.0.0, 3.0.0)");

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(ModuleState.NotSupported, host.Status("cash").State);
        Assert.StartsWith("built for host API [2.0.0, 3.0.0), this host is 1.0.0", host.Status("cash").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_LicenceGateDenies_NotLicensedWithGateReason()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain, m => m["licenceFeature"] = "cash-pro");
        var licence = new Mock<ILicenceGate>();
        licence.Setup(l => l.Check("cash", It.IsAny<NuGetVersion>(), "cash-pro"))
            .Returns(ModuleGateDecision.Deny("licence has no feature cash-pro / giấy phép không có tính năng cash-pro"));

        var host = await ModuleHost.StartAsync(_root.Options(), licence: licence.Object);

        Assert.Equal(ModuleState.NotLicensed, host.Status("cash").State);
        Assert.Equal("licence has no feature cash-pro / giấy phép không có tính năng cash-pro", host.Status("cash").Reason);
        Assert.Empty(host.Probes("cash"));
    }

    [Fact]
    public async Task Start_ProfileGateDenies_NotInProfileWithGateReason()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain);
        var profile = new Mock<IDepartmentProfileGate>();
        profile.Setup(p => p.AllowedRange("cash")).Returns((VersionRange?)null);
        profile.Setup(p => p.Check("cash", It.IsAny<NuGetVersion>())).Returns(ModuleGateDecision.Deny("cash is not in profile 'warehouse'"));

        var host = await ModuleHost.StartAsync(_root.Options(), profile: profile.Object);

        Assert.Equal(ModuleState.NotInProfile, host.Status("cash").State);
        Assert.Equal("cash is not in profile 'warehouse'", host.Status("cash").Reason);
    }

    [Fact]
    public async Task Start_RequiredModuleFails_ThrowsNamingIt_StatusesStillSaved()
    {
        _root.Install("ledger", "1.0.0", TestModule.ConfigureThrows, m => m["required"] = true);

        var ex = await Assert.ThrowsAsync<RequiredModuleFailedException>(() => ModuleHost.StartAsync(_root.Options()));

        Assert.Equal("ledger", ex.ModuleId);
        Assert.Equal(ModuleState.Malfunctioned, ex.State);
        Assert.Contains("required module 'ledger' is Malfunctioned: ConfigureServices threw", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ModuleState.Malfunctioned, Assert.Single(ModuleStatusStore.ReadFile(_root.StateDirectory)).State);
    }

    [Fact]
    public async Task Start_RequiredByOptionsButNotInstalled_Throws()
    {
        var options = _root.Options();
        options.RequiredModules.Add("ledger");

        var ex = await Assert.ThrowsAsync<RequiredModuleFailedException>(() => ModuleHost.StartAsync(options));

        Assert.Equal("ledger", ex.ModuleId);
        Assert.Null(ex.State);
    }

    [Fact]
    public async Task Start_StatusesPersistedToStateDirectory()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain);
        _root.Install("bank", "1.0.0", TestModule.Plain, signing: Signing.NoSignature);

        await ModuleHost.StartAsync(_root.Options());

        var saved = ModuleStatusStore.ReadFile(_root.StateDirectory);
        Assert.Equal(["bank", "cash"], saved.Select(s => s.Id));
        Assert.Equal(ModuleState.Malfunctioned, saved[0].State);
        Assert.Equal(ModuleState.Active, saved[1].State);
        Assert.Equal("started / đang chạy", saved[1].Reason);
        Assert.NotNull(saved[1].LoadTime);
        Assert.Equal(Path.Combine(_root.Path, "cash", "1.0.0"), saved[1].Folder);
    }

    [Fact]
    public void Discover_LoadsNoCode_ReportsReadyAndRefused()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain);
        _root.Install("bank", "1.0.0", TestModule.Plain, m => m["hostApi"] = "[9.0.0, )");
        var manager = new ModuleManager(_root.Options(), AllowAllGates.Instance, AllowAllGates.Instance);
        var loadedBefore = AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name == "PlainModule");

        var discovery = manager.Discover();

        Assert.Equal("cash", Assert.Single(discovery.StartOrder).Id);
        Assert.Equal(ModuleDiscovery.ReadyReason, discovery.Statuses.Single(s => s.Id == "cash").Reason);
        Assert.Equal(ModuleState.NotSupported, discovery.Statuses.Single(s => s.Id == "bank").State);
        Assert.Equal(loadedBefore, AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name == "PlainModule"));
        Assert.False(File.Exists(Path.Combine(_root.StateDirectory, ModuleStatusStore.FileName)));
    }
}
