using System.Diagnostics;
using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Endpoint;
using AmisModular.SyncHost.Instance;
using AmisModular.SyncHost.Tests.Support;

namespace AmisModular.SyncHost.Tests.Instance;

/// <summary>The real amis-sync process: headless, no modules installed, no sync engine.</summary>
public sealed class SyncHostProcessTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SecondProcess_ForTheSameStore_ExitsWithAlreadyRunning()
    {
        using var folder = new TempDirectory();
        var files = new SyncHostFiles(folder.File("store.db"));
        using var first = Start(folder);
        try
        {
            var discovery = await WaitForDiscoveryAsync(files, first);
            using var http = new HttpClient();
            var status = await new SyncHostClient(files, http).GetStatusAsync(default);
            Assert.Equal(first.Id, discovery.Pid);
            Assert.False(status.EngineConfigured);
            Assert.Equal(SyncRunOutcome.NotConfigured, (await new SyncHostClient(files, http).SyncNowAsync(default)).Outcome);

            using var second = Start(folder);
            var stderr = second.StandardError.ReadToEndAsync();
            Assert.True(second.WaitForExit(Wait), "the second process must exit by itself");

            Assert.Equal(ExitCodes.AlreadyRunning, second.ExitCode);
            Assert.Contains("Another sync host is already running", await stderr, StringComparison.Ordinal);
            Assert.False(first.HasExited);
        }
        finally
        {
            first.Kill();
            await first.WaitForExitAsync();
        }
    }

    private static Process Start(TempDirectory folder)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "amis-sync.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = folder.Path,
        };
        start.Environment["SyncHost__StorePath"] = folder.File("store.db");
        start.Environment["SyncHost__Tray__Mode"] = "headless";
        start.Environment["Modularity__ModulesRoot"] = folder.File("modules");
        start.Environment.Remove("DBUS_SESSION_BUS_ADDRESS");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private static async Task<ControlDiscovery> WaitForDiscoveryAsync(SyncHostFiles files, Process process)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < deadline)
        {
            if (ControlDiscovery.TryRead(files.DiscoveryPath) is { } discovery)
            {
                return discovery;
            }

            if (process.HasExited)
            {
                Assert.Fail($"amis-sync exited early ({process.ExitCode}): {await process.StandardError.ReadToEndAsync()}");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("amis-sync wrote no discovery file");
    }
}
