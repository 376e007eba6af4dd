using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Endpoint;
using AmisModular.SyncHost.Instance;
using AmisModular.SyncHost.Tests.Support;

namespace AmisModular.SyncHost.Tests.Endpoint;

public sealed class SyncHostClientTests
{
    [Fact]
    public async Task Client_WithDiscoveryAndSecretFiles_ReadsStatusAndRunsCommands()
    {
        using var folder = new TempDirectory();
        var files = new SyncHostFiles(folder.File("store.db"));
        var controller = new RecordingSyncController();
        await using var endpoint = await ControlEndpoint.StartAsync(controller, ControlSecret.LoadOrCreate(files.SecretPath), 0, null, default);
        new ControlDiscovery(endpoint.Url, Environment.ProcessId).Write(files.DiscoveryPath);
        using var http = new HttpClient();
        var client = new SyncHostClient(files, http);

        var status = await client.GetStatusAsync(default);
        var run = await client.DownloadNowAsync(default);
        var paused = await client.PauseAsync(default);
        var resumed = await client.ResumeAsync(default);

        Assert.Equal(Connectivity.Online, status.Connectivity);
        Assert.Equal(SyncRunOutcome.Succeeded, run.Outcome);
        Assert.Equal(4, run.Pulled);
        Assert.Equal(1, controller.DownloadCalls);
        Assert.True(paused.IsPaused);
        Assert.False(resumed.IsPaused);
    }

    [Fact]
    public async Task Client_WithoutDiscoveryFile_ThrowsNotRunning()
    {
        using var folder = new TempDirectory();
        using var http = new HttpClient();
        var client = new SyncHostClient(folder.File("store.db"), http);

        var ex = await Assert.ThrowsAsync<SyncHostNotRunningException>(() => client.GetStatusAsync(default));

        Assert.Contains("not running", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_WithAnotherInstallationsSecret_ThrowsUnauthorized()
    {
        using var folder = new TempDirectory();
        using var other = new TempDirectory();
        var files = new SyncHostFiles(folder.File("store.db"));
        await using var endpoint = await ControlEndpoint.StartAsync(
            new RecordingSyncController(), ControlSecret.LoadOrCreate(other.File("sync-host.secret")), 0, null, default);
        ControlSecret.LoadOrCreate(files.SecretPath);
        new ControlDiscovery(endpoint.Url, Environment.ProcessId).Write(files.DiscoveryPath);
        using var http = new HttpClient();

        await Assert.ThrowsAsync<SyncHostUnauthorizedException>(() => new SyncHostClient(files, http).SyncNowAsync(default));
    }
}
