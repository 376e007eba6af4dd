using System.Diagnostics;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Tests.Infrastructure;

namespace AmisModular.Cli.Tests.Cli;

public sealed class AmisAppTests
{
    [Fact]
    public void Version_PrintsAssemblyVersion()
    {
        using var install = new TestInstallation();

        var result = install.Run("--version");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(AmisApp.Version, result.Output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", AmisApp.Version);
    }

    [Fact]
    public void UnknownCommand_InvalidInputInBothLanguages()
    {
        using var install = new TestInstallation();

        var result = install.Run("modules", "frobnicate");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("lỗi / error: lệnh không hợp lệ / invalid command", result.Output);
    }

    [Fact]
    public void Help_ListsCommandGroupsInVietnameseAndEnglish()
    {
        using var install = new TestInstallation();

        var result = install.Run("--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Mô-đun đã cài / installed modules", result.Output);
        Assert.Contains("Giấy phép / licence", result.Output);
        Assert.Contains("Hồ sơ phòng ban của máy này / this device's department profile", result.Output);
    }

    /// <summary>As a script meets it: a separate process, real environment variables, its exit code and output.</summary>
    [Fact]
    public async Task AmisDll_ProcessWithEnvironment_RealExitCodes()
    {
        using var install = new TestInstallation();
        install.InstallModule("cash");

        var (listed, listOutput) = await RunAsync(install, "modules", "list");
        var (bad, badOutput) = await RunAsync(install, "licence", "install", Path.Combine(install.Base, "missing.json"));

        Assert.Equal(ExitCodes.Ok, listed);
        Assert.Matches(@"cash\s+1\.0\.0\s+NotLicensed", listOutput);
        Assert.Equal(ExitCodes.InvalidInput, bad);
        Assert.Contains("file not found", badOutput);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(TestInstallation install, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["NO_COLOR"] = "1",
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["AMIS_DATA_DIR"] = install.DataDirectory,
                ["AMIS_MODULES_ROOT"] = install.ModulesRoot,
                ["AMIS_Modularity__TrustedKeyFiles__0"] = install.PublicKeyFile,
            },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "amis.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
