using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Engine;
using AmisModular.SyncHost.Notifications;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace AmisModular.SyncHost.Tests.Engine;

/// <summary>The controller over a mocked engine port: outcomes, status, one run at a time, automatic triggers.</summary>
public sealed class EngineSyncControllerTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset SyncedAt = new(2026, 3, 20, 8, 0, 0, TimeSpan.Zero);
    private readonly Mock<ISyncEnginePort> _engine = new();
    private readonly Mock<INetworkMonitor> _network = new();
    private int _pending;

    public EngineSyncControllerTests()
    {
        _engine.Setup(e => e.ProgressAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new EngineProgress(new SyncProgress(Volatile.Read(ref _pending), 0, 1, 0, null), 2));
        _engine.Setup(e => e.ProbeAsync(It.IsAny<CancellationToken>())).ReturnsAsync(ConnectivityState.Online);
        _engine.Setup(e => e.NewOnCloudAsync(It.IsAny<CancellationToken>())).ReturnsAsync(0L);
    }

    [Fact]
    public async Task SyncNowAsync_EngineSucceeds_ReportsCountsAndOnlineStatus()
    {
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Report(pushed: 3, applied: 4, pending: 0, remaining: 5));
        var controller = Create();
        var changes = new List<SyncStatus>();
        controller.StatusChanged += (_, e) => changes.Add(e.Current);

        var result = await controller.SyncNowAsync(default);

        Assert.Equal(SyncRunOutcome.Succeeded, result.Outcome);
        Assert.Equal((3, 4), (result.Pushed, result.Pulled));
        var status = controller.Current;
        Assert.True(status.EngineConfigured);
        Assert.Equal(Connectivity.Online, status.Connectivity);
        Assert.Equal((0, 5, 2, 1), (status.PendingUploads, status.NewOnCloud, status.Conflicts, status.Parked));
        Assert.Equal(SyncedAt, status.LastSuccessfulSync);
        Assert.Null(status.LastError);
        Assert.False(status.IsSyncing);
        Assert.Contains(changes, s => s.IsSyncing);
    }

    [Fact]
    public async Task SyncNowAsync_CloudUnreachable_FailsWithReasonAndCutConnectivity()
    {
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new CloudUnreachableException("máy chủ không trả lời / no answer"));
        var controller = Create();

        var result = await controller.SyncNowAsync(default);

        Assert.Equal(SyncRunOutcome.Failed, result.Outcome);
        Assert.Contains("no answer", result.Message, StringComparison.Ordinal);
        Assert.True(controller.Current.Connectivity is Connectivity.CloudUnreachable or Connectivity.Offline);
        Assert.Contains("no answer", controller.Current.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncNowAsync_DeviceRevoked_StatusUnauthorizedAndSaysEnrollAgain()
    {
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new SyncApiException(403, null));
        var controller = Create();

        var result = await controller.SyncNowAsync(default);

        Assert.Equal(SyncRunOutcome.Failed, result.Outcome);
        Assert.Equal(Connectivity.Unauthorized, controller.Current.Connectivity);
        Assert.Contains("amis-sync enroll", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncNowAsync_WhileARunIsInProgress_AnswersAlreadyRunning()
    {
        var release = new TaskCompletionSource<SyncReport>();
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).Returns(release.Task);
        var controller = Create();

        var first = controller.SyncNowAsync(default);
        var second = await controller.DownloadNowAsync(default);
        release.SetResult(Report(1, 0, 0, 0));

        Assert.Equal(SyncRunOutcome.AlreadyRunning, second.Outcome);
        Assert.Equal(SyncRunOutcome.Succeeded, (await first).Outcome);
        _engine.Verify(e => e.SyncAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DownloadNowAsync_EngineHasNoPullOnlyRun_RunsFullSyncAndSaysSo()
    {
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Report(0, 2, 0, 0));
        var result = await Create().DownloadNowAsync(default);

        Assert.Equal(SyncRunOutcome.Succeeded, result.Outcome);
        Assert.Contains("full sync", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncNowAsync_Paused_RefusesWithoutCallingTheEngine()
    {
        var controller = Create();
        controller.Pause();

        var result = await controller.SyncNowAsync(default);

        Assert.Equal(SyncRunOutcome.Paused, result.Outcome);
        Assert.True(controller.Current.IsPaused);
        _engine.Verify(e => e.SyncAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_OutboxGrows_SyncsByItself()
    {
        var synced = new TaskCompletionSource();
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() =>
        {
            Volatile.Write(ref _pending, 0);
            synced.TrySetResult();
            return Report(1, 0, 0, 0);
        });
        var controller = Create();
        using var stop = new CancellationTokenSource();
        var loops = controller.RunAsync(stop.Token);
        await WaitUntilAsync(() => controller.Current.Connectivity == Connectivity.Online);

        Volatile.Write(ref _pending, 1); // a voucher saved in the shell
        await synced.Task.WaitAsync(Patience);

        await stop.CancelAsync();
        await loops.WaitAsync(Patience);
    }

    [Fact]
    public async Task RunAsync_ProbeGoesFromUnreachableToOnline_SyncsAtOnce()
    {
        var online = false;
        _engine.Setup(e => e.ProbeAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => Volatile.Read(ref online) ? ConnectivityState.Online : ConnectivityState.CloudUnreachable);
        var synced = new TaskCompletionSource();
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() =>
        {
            synced.TrySetResult();
            return Report(0, 0, 0, 0);
        });
        var controller = Create(probe: TimeSpan.FromMinutes(10));
        using var stop = new CancellationTokenSource();
        var loops = controller.RunAsync(stop.Token);
        await WaitUntilAsync(() => controller.Current.Connectivity == Connectivity.CloudUnreachable);
        Assert.False(synced.Task.IsCompleted);

        Volatile.Write(ref online, true);
        _network.Raise(n => n.Changed += null, EventArgs.Empty); // the OS says the network changed: probe now
        await synced.Task.WaitAsync(Patience);

        Assert.Equal(Connectivity.Online, controller.Current.Connectivity);
        await stop.CancelAsync();
        await loops.WaitAsync(Patience);
    }

    /// <summary>
    /// A rate-limiting cloud answers 503 with Retry-After 10 minutes: no automatic run before then, even though the
    /// probe finds the cloud at once (before, "back online" cleared the backoff and synced again at once), and the
    /// status says how long. Once the wait has passed, the next trigger syncs.
    /// </summary>
    [Fact]
    public async Task RunAsync_CloudAsksToWait_NoAutomaticRunBeforeThenEvenWhenTheProbeFindsItAgain()
    {
        var clock = new FakeTimeProvider(SyncedAt);
        var runs = 0;
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>())).Returns(() => Interlocked.Increment(ref runs) == 1
            ? throw new CloudUnreachableException("Máy chủ đồng bộ trả lỗi 503. / The sync server answered 503.") { RetryAfter = TimeSpan.FromMinutes(10) }
            : Task.FromResult(Report(1, 0, 0, 0)));
        var probes = 0;
        _engine.Setup(e => e.ProbeAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() =>
        {
            Interlocked.Increment(ref probes);
            return ConnectivityState.Online;
        });
        var controller = Create(clock: clock);
        using var stop = new CancellationTokenSource();
        var loops = controller.RunAsync(stop.Token);
        await WaitUntilAsync(() => controller.Current.Connectivity == Connectivity.Online);

        Volatile.Write(ref _pending, 1);
        await WaitUntilAsync(() => Volatile.Read(ref runs) == 1 && controller.Current.LastError is not null);
        var probesAtFailure = Volatile.Read(ref probes);
        await WaitUntilAsync(() => Volatile.Read(ref probes) >= probesAtFailure + 10 && controller.Current.Connectivity == Connectivity.Online);
        Volatile.Write(ref _pending, 2);
        await WaitUntilAsync(() => Volatile.Read(ref probes) >= probesAtFailure + 20);
        var runsWhileWaiting = Volatile.Read(ref runs);
        clock.Advance(TimeSpan.FromMinutes(10));
        Volatile.Write(ref _pending, 3);
        await WaitUntilAsync(() => Volatile.Read(ref runs) >= 2);

        Assert.Equal(1, runsWhileWaiting);
        await stop.CancelAsync();
        await loops.WaitAsync(Patience);
    }

    [Fact]
    public async Task SyncNowAsync_CloudAsksToWait_StatusSaysHowLong()
    {
        _engine.Setup(e => e.SyncAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CloudUnreachableException("The sync server answered 429.") { RetryAfter = TimeSpan.FromSeconds(90) });
        var controller = Create();

        var result = await controller.SyncNowAsync(default);

        Assert.Equal(SyncRunOutcome.Failed, result.Outcome);
        Assert.Contains("asked to wait 90 s", controller.Current.LastError, StringComparison.Ordinal);
    }

    private EngineSyncController Create(TimeSpan? probe = null, TimeProvider? clock = null) => new(
        _engine.Object,
        new EngineSyncOptions
        {
            ProbeInterval = probe ?? TimeSpan.FromMilliseconds(50),
            OutboxPollInterval = TimeSpan.FromMilliseconds(50),
            SyncInterval = TimeSpan.FromHours(1),
        },
        clock ?? TimeProvider.System,
        _network.Object,
        NoticeLedger.ForStore(_folder.File("store.db")),
        NullLogger<EngineSyncController>.Instance);

    public void Dispose() => _folder.Dispose();

    private static SyncReport Report(int pushed, int applied, int pending, long remaining) =>
        new(pushed, pushed, 0, 0, applied, applied, 0, 0, new SyncProgress(pending, pushed, 1, remaining, SyncedAt));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition never became true.");
            await Task.Delay(20);
        }
    }
}
