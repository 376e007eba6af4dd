using System.Net.Http.Headers;
using System.Net.Http.Json;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Recovery;
using AmisModular.Sync.Snapshots;
using AmisModular.Sync.State;
using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Endpoint;
using AmisModular.SyncHost.Engine;
using AmisModular.SyncHost.Notifications;
using AmisModular.SyncHost.Tray;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AmisModular.SyncHost.Tests.Engine;

/// <summary>
/// What the engine did on its own, as the host shows it: notices (renumbered drafts, removed modules or book) on
/// /status and notified once through the real alert rules, coalescer and a real state file; the distinct blocked
/// states (book access removed, re-enrollment required); the snapshot bootstrap's progress and the restore recovery.
/// The engine is a mocked <see cref="ISyncEnginePort"/> (this project has no cloud test support); /status is read over
/// real HTTP from the real control endpoint.
/// </summary>
public sealed class SyncNoticeStatusTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly Guid Book = Guid.CreateVersion7();
    private readonly TempDirectory _folder = new();
    private readonly Mock<ISyncEnginePort> _engine = new();
    private readonly HttpClient _http = new();
    private readonly List<SyncNotice> _notices = [];
    private ControlSecret _secret = null!;
    private int _noticeCount;

    public SyncNoticeStatusTests()
    {
        _engine.Setup(e => e.ProgressAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new EngineProgress(new SyncProgress(0, 0, 0, 0, null), 0));
        _engine.Setup(e => e.ProbeAsync(It.IsAny<CancellationToken>())).ReturnsAsync(ConnectivityState.Online);
        _engine.Setup(e => e.NoticesAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => (IReadOnlyList<SyncNotice>)[.. _notices.OrderByDescending(n => n.Id)]);
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Report());
    }

    public Task InitializeAsync()
    {
        _secret = ControlSecret.LoadOrCreate(_folder.File("sync-host.secret"));
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _http.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RenumberNotice_NotifiedExactlyOnce_NotRepeatedAfterHostRestart()
    {
        var host = new Host(this);
        await host.Controller.SyncNowAsync(default);
        _notices.Add(Renumbered("PT00005", "PT00009"));

        await host.Controller.SyncNowAsync(default);
        await host.Controller.SyncNowAsync(default);

        var shown = Assert.Single(host.Shown);
        Assert.Equal("Chứng từ đã đổi số / Document renumbered", shown.Title);
        Assert.Contains("PT00005 đã đổi số thành PT00009", shown.Body, StringComparison.Ordinal);
        Assert.Equal(1, host.Controller.Current.UnreadNotices);
        Assert.Contains("PT00009", Assert.Single(host.Controller.Current.LatestNotices).Message, StringComparison.Ordinal);

        var restarted = new Host(this); // a new process: new controller, coalescer and ledger over the same state file
        await restarted.Controller.SyncNowAsync(default);

        Assert.Empty(restarted.Shown);
        Assert.Equal(1, restarted.Controller.Current.UnreadNotices);
    }

    [Fact]
    public async Task NoticesRead_ThroughControlEndpoint_UnreadDropsAndStaysReadAfterRestart()
    {
        var first = Renumbered("PT00005", "PT00009");
        _notices.Add(first);
        var host = new Host(this);
        await using var endpoint = await ControlEndpoint.StartAsync(host.Controller, _secret, 0, null, default);
        await host.Controller.SyncNowAsync(default);
        _notices.Add(Renumbered("PC00002", "PC00003"));
        await host.Controller.SyncNowAsync(default);
        Assert.Equal(2, (await StatusAsync(endpoint)).UnreadNotices);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint.Url, $"notices/read/{first.Id}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _secret.Token);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();

        Assert.Equal(1, (await StatusAsync(endpoint)).UnreadNotices);
        var restarted = new Host(this);
        await restarted.Controller.SyncNowAsync(default);
        Assert.Equal(1, restarted.Controller.Current.UnreadNotices);
        Assert.Equal(["PC00003", "PT00009"], restarted.Controller.Current.LatestNotices.Select(n => n.Message[(n.Message.IndexOf("thành ", StringComparison.Ordinal) + 6)..][..7]));
    }

    [Fact]
    public async Task BookAccessRemoved_StatusShowsDistinctStateOnControlEndpoint_AndNotifiesOnce()
    {
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).Returns(async () =>
        {
            // As the engine's BookRemoval: the notice is recorded, then the run throws.
            if (_notices.Count == 0)
            {
                _notices.Add(Notice(SyncNotice.PartitionRemoved, SyncNotice.WholeBook, "Sổ đã bị gỡ khỏi thiết bị này. / The book was removed from this device."));
            }

            await Task.Yield();
            throw new PartitionRemovedException(Book, "Sổ đã bị gỡ khỏi thiết bị này. / The book was removed from this device.");
        });
        var host = new Host(this);
        await using var endpoint = await ControlEndpoint.StartAsync(host.Controller, _secret, 0, null, default);

        var first = await host.Controller.SyncNowAsync(default);
        await host.Controller.SyncNowAsync(default);

        Assert.Equal(SyncRunOutcome.Failed, first.Outcome);
        var status = await StatusAsync(endpoint);
        Assert.Equal(SyncBlock.BookAccessRemoved, status.Blocked);
        Assert.Contains("removed this device's access to the book", status.BlockedMessage, StringComparison.Ordinal);
        Assert.Null(status.LastError);
        Assert.True(Assert.Single(status.LatestNotices).IsBookRemoval);
        var shown = Assert.Single(host.Shown);
        Assert.Equal("Mất quyền truy cập sổ / Book access removed", shown.Title);
        Assert.Contains("The book was removed from this device", shown.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnapshotBootstrap_ProgressOnStatusWhileItRuns_ClearedAfter()
    {
        var downloading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).Returns(async () =>
        {
            Raise(new SnapshotProgress("s1", SnapshotPhase.Downloading, 4 * 1048576, 10 * 1048576, 0, 120_000));
            downloading.SetResult();
            await release.Task;
            Raise(new SnapshotProgress("s1", SnapshotPhase.Installing, 10 * 1048576, 10 * 1048576, 500, 120_000));
            Raise(new SnapshotProgress("s1", SnapshotPhase.Done, 10 * 1048576, 10 * 1048576, 120_000, 120_000));
            return Report();
        });
        var host = new Host(this);
        await using var endpoint = await ControlEndpoint.StartAsync(host.Controller, _secret, 0, null, default);
        var installs = new List<BootstrapStatus>();
        host.Controller.StatusChanged += (_, e) =>
        {
            if (e.Current.Bootstrap is { Phase: BootstrapPhase.Install } install)
            {
                installs.Add(install);
            }
        };

        var run = host.Controller.SyncNowAsync(default);
        await downloading.Task.WaitAsync(Patience);
        var during = await StatusAsync(endpoint);
        release.SetResult();
        await run.WaitAsync(Patience);

        Assert.True(during.IsSyncing);
        Assert.Equal(new BootstrapStatus(BootstrapPhase.Download, 4 * 1048576, 10 * 1048576, 0, 120_000), during.Bootstrap);
        Assert.Contains("4.0/10.0 MB", during.Bootstrap!.Message, StringComparison.Ordinal);
        Assert.Equal(500, Assert.Single(installs).DocumentsDone);
        Assert.Null((await StatusAsync(endpoint)).Bootstrap);
    }

    [Fact]
    public async Task SnapshotBootstrap_BurstOfDownloadReports_StatusFollowsAFewTimesAndShowsTheEnd()
    {
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() =>
        {
            for (var read = 1; read <= 1_000; read++)
            {
                Raise(new SnapshotProgress("s1", SnapshotPhase.Downloading, read * 1024L, 1_000 * 1024L, 0, 5_000));
            }

            return Report();
        });
        var host = new Host(this);
        var downloads = new List<BootstrapStatus>();
        host.Controller.StatusChanged += (_, e) =>
        {
            if (e.Current.Bootstrap is { Phase: BootstrapPhase.Download } download && download != e.Previous.Bootstrap)
            {
                downloads.Add(download);
            }
        };

        await host.Controller.SyncNowAsync(default);

        Assert.InRange(downloads.Count, 2, 100);
        Assert.Equal(1_000 * 1024L, downloads[^1].BytesDone);
    }

    [Fact]
    public async Task ReenrollmentRequired_DistinctStateAndOneAlert_NotAGenericFailure()
    {
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new ReenrollmentRequiredException());
        var host = new Host(this);

        await host.Controller.SyncNowAsync(default);
        await host.Controller.SyncNowAsync(default);

        Assert.Equal(SyncBlock.ReenrollmentRequired, host.Controller.Current.Blocked);
        Assert.Equal(ReenrollmentRequiredException.Text, host.Controller.Current.BlockedMessage);
        Assert.Null(host.Controller.Current.LastError);
        var shown = Assert.Single(host.Shown);
        Assert.Equal("Cần đăng ký lại thiết bị / Enroll this device again", shown.Title);
    }

    [Fact]
    public async Task RestoreRecoveryRunning_StatusSaysRecoveringAfterServerRestore()
    {
        var recovery = new RestoreRecoveryStatus(RestoreRecoveryStep.Repull, 7, DateTimeOffset.UtcNow);
        _engine.Setup(e => e.ProgressAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(new EngineProgress(new SyncProgress(3, 0, 0, 0, null, recovery), 0));
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Report(recovery));
        var host = new Host(this);

        await host.Controller.SyncNowAsync(default);

        var status = host.Controller.Current.Recovery;
        Assert.NotNull(status);
        Assert.Equal(("Repull", 7), (status.Step, status.Requeued));
        Assert.Contains("Recovering after server restore", status.Message, StringComparison.Ordinal);
        Assert.Equal(SyncBlock.None, host.Controller.Current.Blocked);
    }

    private void Raise(SnapshotProgress progress) => _engine.Raise(e => e.SnapshotProgressChanged += null, _engine.Object, progress);

    private async Task<SyncStatus> StatusAsync(ControlEndpoint endpoint)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint.Url, "status"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _secret.Token);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SyncStatus>(ControlJson.Options))!;
    }

    private static SyncReport Report(RestoreRecoveryStatus? recovery = null) =>
        new(0, 0, 0, 0, 0, 0, 0, 0, new SyncProgress(0, 0, 0, 0, DateTimeOffset.UtcNow, recovery));

    private SyncNotice Renumbered(string oldNumber, string newNumber)
    {
        var notice = Notice(SyncNotice.Renumbered, "cash",
            $"Phiếu thu {oldNumber} đã đổi số thành {newNumber} vì trùng số. / Receipt {oldNumber} was renumbered to {newNumber} (number collision).");
        (notice.OldNumber, notice.NewNumber) = (oldNumber, newNumber);
        return notice;
    }

    /// <summary>Ids a second apart, so they order by creation as the engine's do across runs (two in one millisecond need not).</summary>
    private SyncNotice Notice(string kind, string module, string message)
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(++_noticeCount);
        return new() { Id = Guid.CreateVersion7(at), BookId = Book, Kind = kind, Module = module, Message = message, CreatedAt = at };
    }

    /// <summary>One host process: controller, alert pipeline (real coalescer) and the ledger file, wired as the worker wires them.</summary>
    private sealed class Host
    {
        public Host(SyncNoticeStatusTests test)
        {
            var ledger = NoticeLedger.ForStore(test._folder.File("store.db"));
            Controller = new EngineSyncController(
                test._engine.Object, new EngineSyncOptions(), TimeProvider.System, new Mock<INetworkMonitor>().Object, ledger,
                NullLogger<EngineSyncController>.Instance);
            var pipeline = new SyncNotificationPipeline(new NotificationCoalescer(TimeProvider.System, new CoalescerOptions()), ledger);
            Controller.StatusChanged += (_, e) => Shown.AddRange(pipeline.OnStatusChanged(e.Previous, e.Current));
        }

        public EngineSyncController Controller { get; }

        public List<UserNotification> Shown { get; } = [];
    }
}
