using System.Text.Json;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Tests.Infrastructure;
using AmisModular.Modularity.States;

namespace AmisModular.Cli.Tests.Modules;

public sealed class ListModulesCommandTests
{
    [Fact]
    public void List_ProductionWithoutLicence_NotLicensedWithReason()
    {
        using var install = new TestInstallation();
        install.InstallModule("cash");

        var result = install.Run("modules", "list");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Environment: Production", result.Output);
        Assert.Contains("discovery now (no module code started)", result.Output);
        Assert.Matches(@"cash\s+1\.0\.0\s+NotLicensed\s+chưa cài giấy phép / no licence installed", result.Output);
        Assert.Contains("No start recorded yet", result.Output);
    }

    [Fact]
    public void List_ProductionWithInstalledLicence_ActiveAndUnlicensedModuleRefused()
    {
        using var install = new TestInstallation();
        install.InstallModule("cash");
        install.InstallModule("bank");
        Assert.Equal(ExitCodes.Ok, install.Run("licence", "install", install.IssueLicence("cash-only.json", ["cash"])).ExitCode);

        var result = install.Run("modules", "list");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"cash\s+1\.0\.0\s+Active\s+ready", result.Output);
        Assert.Matches(@"bank\s+1\.0\.0\s+NotLicensed\s+.*module 'bank' is not in the licence", result.Output);
    }

    [Fact]
    public void List_DevelopmentKeySignedPackageInProduction_MalfunctionedUntrusted()
    {
        using var install = new TestInstallation();
        install.InstallModule("cash", privateKeyPem: TestInstallation.DevelopmentKeyPem);

        var result = install.Run("modules", "list");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"cash\s+1\.0\.0\s+Malfunctioned\s+.*signed by unknown key b3dc1ec7ed2c892b", result.Output);
    }

    [Fact]
    public void List_DevelopmentWithoutInstalledLicence_DevKeyPackageActiveUnderDevelopmentLicence()
    {
        using var install = new TestInstallation(CliEnvironment.Development, trustTestKey: false);
        install.InstallModule("cash", privateKeyPem: TestInstallation.DevelopmentKeyPem);

        var result = install.Run("modules", "list");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Environment: Development", result.Output);
        Assert.Matches(@"cash\s+1\.0\.0\s+Active\s+ready", result.Output);
    }

    [Fact]
    public void List_JsonWithLastStartFile_BothSourcesWithLoadTime()
    {
        using var install = new TestInstallation();
        var folder = install.InstallModule("cash");
        new ModuleStatusStore(Path.Combine(install.DataDirectory, "state")).Save(
            [new ModuleStatus("cash", "1.0.0", ModuleState.Active, "started / đang chạy", TimeSpan.FromMilliseconds(42), folder)]);

        var result = install.Run("modules", "list", "--format", "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("EnvironmentVariable", root.GetProperty("modulesRootSource").GetString());
        Assert.Equal("NotLicensed", root.GetProperty("discovery")[0].GetProperty("state").GetString());
        var lastStart = root.GetProperty("lastStart")[0];
        Assert.Equal("Active", lastStart.GetProperty("state").GetString());
        Assert.Equal("00:00:00.0420000", lastStart.GetProperty("loadTime").GetString());
    }

    [Fact]
    public void List_TableWithLastStartFile_ShowsLastStartAndLoadTime()
    {
        using var install = new TestInstallation();
        var folder = install.InstallModule("cash");
        new ModuleStatusStore(Path.Combine(install.DataDirectory, "state")).Save(
            [new ModuleStatus("cash", "1.0.0", ModuleState.Active, "started / đang chạy", TimeSpan.FromMilliseconds(42), folder)]);

        var result = install.Run("modules", "list");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Source: last start", result.Output);
        Assert.Matches(@"cash\s+1\.0\.0\s+Active\s+started / đang chạy\s+42\.0 ms", result.Output);
    }

    [Fact]
    public void List_UnknownFormat_InvalidInput()
    {
        using var install = new TestInstallation();

        var result = install.Run("modules", "list", "--format", "xml");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--format: 'xml'", result.Output);
    }

    [Fact]
    public void List_ExplicitModulesRootMissing_NotFound()
    {
        using var install = new TestInstallation();
        var missing = Path.Combine(install.Base, "no-such-folder");

        var result = install.Run("modules", "list", "--modules-root", missing);

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains("modules root not found", result.Output);
        Assert.Contains(missing, result.Output);
    }
}
