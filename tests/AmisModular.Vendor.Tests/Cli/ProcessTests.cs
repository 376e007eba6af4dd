using System.Diagnostics;
using AmisModular.Vendor.Cli;

namespace AmisModular.Vendor.Tests.Cli;

/// <summary>The tool as a script meets it: a separate process, its exit code and its output.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task AmisVendorDll_KeysCreateThenBadCommand_RealExitCodes()
    {
        using var temp = new TempFolder();

        var (created, output) = await RunAsync("keys", "create", "--out", temp.Path);
        var (bad, badOutput) = await RunAsync("module", "pack", "--input", temp.Path);

        Assert.Equal(ExitCodes.Ok, created);
        Assert.Contains("Key id", output);
        Assert.True(File.Exists(temp.File("signing-key.pem")));
        Assert.Equal(ExitCodes.InvalidInput, bad);
        Assert.Contains("--manifest: bắt buộc / required", badOutput);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["NO_COLOR"] = "1", ["COLUMNS"] = "500" },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "amis-vendor.dll"));
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
