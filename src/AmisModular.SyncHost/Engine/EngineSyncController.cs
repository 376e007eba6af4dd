using System.Net.NetworkInformation;
using System.Threading.Channels;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.Sync.Recovery;
using AmisModular.Sync.Snapshots;
using AmisModular.Sync.State;
using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Notifications;
using Microsoft.Extensions.Logging;

namespace AmisModular.SyncHost.Engine;

/// <summary>
/// The sync host's controller over the real engine. One run at a time (a second request answers AlreadyRunning).
/// Runs by itself on local commits (the outbox count grows), when the hello probe sees the cloud again, on the OS
/// network signal (which probes at once), when the cloud has new changes, and on a timer; after a failed run the next
/// automatic one waits a full-jitter backoff (1 s doubling to 5 min) unless the cloud comes back first.
/// Start the loops with <see cref="RunAsync"/>; <see cref="Current"/> and <see cref="StatusChanged"/> work before.
/// </summary>
public sealed class EngineSyncController : ISyncController
{
    private readonly ISyncEnginePort _engine;
    private readonly EngineSyncOptions _options;
    private readonly TimeProvider _time;
    private readonly INetworkMonitor _network;
    private readonly ILogger<EngineSyncController> _logger;
    private readonly NoticeLedger _notices;
    private readonly Lock _gate = new();
    private readonly Channel<SyncTrigger> _triggers = Channel.CreateUnbounded<SyncTrigger>(new() { SingleReader = true });
    private readonly Channel<bool> _probeNow = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private SyncStatus _current = new() { EngineConfigured = true, Connectivity = Connectivity.Unknown };
    private int _running;
    private int _failures;
    private DateTimeOffset? _retryAt;

    /// <summary>The cloud's Retry-After (capped): no automatic run before it, not even when the probe finds the cloud again.</summary>
    private DateTimeOffset? _notBefore;
    private int _pendingAfterLastRun;
    private SnapshotPhase? _bootstrapPhase;
    private DateTimeOffset _bootstrapShownAt;

    /// <param name="notices">Which notices the user marked read (for <see cref="SyncStatus.UnreadNotices"/>).</param>
    public EngineSyncController(
        ISyncEnginePort engine, EngineSyncOptions options, TimeProvider time, INetworkMonitor network, NoticeLedger notices, ILogger<EngineSyncController> logger)
    {
        ArgumentNullException.ThrowIfNull(engine);
        (_engine, _options, _time, _network, _notices, _logger) = (engine, options, time, network, notices, logger);
        _engine.SnapshotProgressChanged += OnSnapshotProgress;
    }

    /// <summary>How many of the latest notices <see cref="SyncStatus.LatestNotices"/> carries.</summary>
    public const int LatestNoticeCount = 5;

    private static readonly TimeSpan BootstrapRefresh = TimeSpan.FromMilliseconds(250);

    public SyncStatus Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    public event EventHandler<SyncStatusChangedEventArgs>? StatusChanged;

    public Task<SyncRunResult> SyncNowAsync(CancellationToken cancellationToken) => RunOnceAsync(download: false, cancellationToken);

    /// <summary>The engine has no pull-only run (it pushes first so a pull never overwrites unsent edits): a full sync, and it says so.</summary>
    public Task<SyncRunResult> DownloadNowAsync(CancellationToken cancellationToken) => RunOnceAsync(download: true, cancellationToken);

    public void Pause() => Update(s => s with { IsPaused = true });

    public void Resume()
    {
        Update(s => s with { IsPaused = false });
        _triggers.Writer.TryWrite(SyncTrigger.Resumed);
    }

    /// <summary>The automatic part: probe, outbox poll, network signal and the trigger loop, until <paramref name="stoppingToken"/>.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        _network.Changed += OnNetworkChanged;
        try
        {
            await RefreshProgressAsync(stoppingToken);
            _pendingAfterLastRun = Current.PendingUploads;
            if (_pendingAfterLastRun > 0)
            {
                _triggers.Writer.TryWrite(SyncTrigger.LocalCommit);
            }

            await Task.WhenAll(ProbeLoopAsync(stoppingToken), PollOutboxLoopAsync(stoppingToken), TriggerLoopAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _network.Changed -= OnNetworkChanged;
        }
    }

    private async Task<SyncRunResult> RunOnceAsync(bool download, CancellationToken cancellationToken)
    {
        if (Current.IsPaused)
        {
            return new SyncRunResult(SyncRunOutcome.Paused, EngineTexts.Paused);
        }

        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return new SyncRunResult(SyncRunOutcome.AlreadyRunning, EngineTexts.AlreadyRunning);
        }

        try
        {
            Update(s => s with { IsSyncing = true });
            var result = await SyncAndRecordAsync(cancellationToken);
            return download && result.Outcome == SyncRunOutcome.Succeeded ? result with { Message = EngineTexts.DownloadIsFullSync } : result;
        }
        finally
        {
            Update(s => s with { IsSyncing = false, Bootstrap = null });
            Volatile.Write(ref _running, 0);
            await RefreshNoticesAsync(CancellationToken.None);
        }
    }

    private async Task<SyncRunResult> SyncAndRecordAsync(CancellationToken cancellationToken)
    {
        var conflictsBefore = Current.Conflicts;
        try
        {
            var report = await _engine.SyncAsync(cancellationToken);
            var conflicts = (await _engine.ProgressAsync(cancellationToken)).Conflicts;
            lock (_gate)
            {
                (_failures, _retryAt, _notBefore, _pendingAfterLastRun) = (0, null, null, report.Progress.Pending);
            }

            Update(s => WithProgress(s, report.Progress, conflicts) with
            {
                Connectivity = Connectivity.Online,
                NewOnCloud = Clamp(report.Progress.Remaining),
                LastError = null,
                Blocked = report.Progress.Recovery?.Step == RestoreRecoveryStep.ReenrollmentRequired ? SyncBlock.ReenrollmentRequired : SyncBlock.None,
                BlockedMessage = report.Progress.Recovery?.Step == RestoreRecoveryStep.ReenrollmentRequired ? report.Progress.Recovery.Message : null,
            });
            return new SyncRunResult(SyncRunOutcome.Succeeded)
            {
                Pushed = report.Pushed, Pulled = report.Applied, Parked = report.Parked, Conflicts = Math.Max(0, conflicts - conflictsBefore),
            };
        }
        catch (CloudUnreachableException ex)
        {
            return Fail(NetworkInterface.GetIsNetworkAvailable() ? Connectivity.CloudUnreachable : Connectivity.Offline, ex.Message, ex, ex.RetryAfter);
        }
        catch (SyncApiException ex) when (ex is ReenrollmentRequiredException || ex.Code == ReenrollmentRequiredException.Code401)
        {
            return Block(SyncBlock.ReenrollmentRequired, ex.Body?.Message ?? ReenrollmentRequiredException.Text, ex);
        }
        catch (PartitionRemovedException ex)
        {
            return Block(SyncBlock.BookAccessRemoved, EngineTexts.BookAccessRemoved(ex.Message), ex);
        }
        catch (SyncApiException ex) when (ex.Status is 401 or 403)
        {
            return Fail(Connectivity.Unauthorized, EngineTexts.Unauthorized(ex.Message), ex);
        }
#pragma warning disable CA1031 // Any other failure (protocol refusal, not enrolled, a busy store) is shown, never crashes the resident host.
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return Fail(null, EngineTexts.Failed(ex.Message), ex);
        }
    }

    private SyncRunResult Fail(Connectivity? connectivity, string reason, Exception ex, TimeSpan? serverAsked = null)
    {
        _logger.LogWarning(ex, "Sync run failed: {Reason}", reason);
        lock (_gate)
        {
            _failures++;
            var now = _time.GetUtcNow();
            _retryAt = now + Backoff(_failures);
            if (serverAsked is { } wait)
            {
                // A busy or rate-limiting cloud said when to come back; coming back sooner only adds to its load.
                _notBefore = now + (wait < _options.MaxServerRequestedWait ? wait : _options.MaxServerRequestedWait);
                reason = EngineTexts.ServerAskedToWait(reason, _notBefore.Value - now);
            }

            _pendingAfterLastRun = _current.PendingUploads;
        }

        Update(s => s with { Connectivity = connectivity ?? s.Connectivity, LastError = reason });
        return new SyncRunResult(SyncRunOutcome.Failed, reason);
    }

    /// <summary>Sync stops until a person acts: a state of its own, not a passing error. Automatic runs back off as after a failure.</summary>
    private SyncRunResult Block(SyncBlock block, string message, Exception ex)
    {
        _logger.LogWarning(ex, "Sync blocked ({Block}): {Message}", block, message);
        lock (_gate)
        {
            _failures++;
            _retryAt = _time.GetUtcNow() + Backoff(_failures);
            _pendingAfterLastRun = _current.PendingUploads;
        }

        Update(s => s with { Blocked = block, BlockedMessage = message, LastError = null });
        return new SyncRunResult(SyncRunOutcome.Failed, message);
    }

    /// <summary>Full jitter: a random wait between 0 and min(max, min·2^(failures−1)).</summary>
    private TimeSpan Backoff(int failures)
    {
        var ceiling = Math.Min(_options.MaxBackoff.TotalMilliseconds, _options.MinBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 30)));
#pragma warning disable CA5394 // Jitter spreads retries of many devices; it protects nothing.
        return TimeSpan.FromMilliseconds(Math.Max(_options.MinBackoff.TotalMilliseconds / 2, Random.Shared.NextDouble() * ceiling));
#pragma warning restore CA5394
    }

    private async Task TriggerLoopAsync(CancellationToken stoppingToken)
    {
        var lastRun = _time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var trigger = await NextTriggerAsync(lastRun, stoppingToken);
            var now = _time.GetUtcNow();
            if (Current.IsPaused || (_notBefore is { } notBefore && now < notBefore)
                || (trigger != SyncTrigger.BackOnline && _retryAt is { } retryAt && now < retryAt))
            {
                continue;
            }

            _logger.LogInformation("Automatic sync ({Trigger})", trigger);
            lastRun = _time.GetUtcNow();
            await RunOnceAsync(download: false, stoppingToken);
        }
    }

    /// <summary>The next wake-up: a queued trigger, the end of the backoff, or the timer.</summary>
    private async Task<SyncTrigger> NextTriggerAsync(DateTimeOffset lastRun, CancellationToken stoppingToken)
    {
        var now = _time.GetUtcNow();
        var due = lastRun + _options.SyncInterval;
        if (_retryAt is { } retryAt && retryAt < due)
        {
            due = retryAt;
        }

        if (_notBefore is { } notBefore && notBefore < due)
        {
            due = notBefore;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(due > now ? due - now : TimeSpan.Zero);
        try
        {
            var trigger = await _triggers.Reader.ReadAsync(timeout.Token);
            while (_triggers.Reader.TryRead(out var more))
            {
                trigger = more == SyncTrigger.BackOnline ? more : trigger;
            }

            return trigger;
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return SyncTrigger.Timer;
        }
    }

    private async Task ProbeLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await ProbeOnceAsync(stoppingToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(_options.ProbeInterval);
            try
            {
                await _probeNow.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The probe interval passed.
            }
        }
    }

    private async Task ProbeOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var state = Map(await _engine.ProbeAsync(stoppingToken));
            int? newOnCloud = state == Connectivity.Online ? Clamp(await _engine.NewOnCloudAsync(stoppingToken) ?? Current.NewOnCloud) : null;
            var previous = Current;
            Update(s => s with { Connectivity = state, NewOnCloud = newOnCloud ?? s.NewOnCloud });
            if (state == Connectivity.Online && previous.Connectivity != Connectivity.Online)
            {
                lock (_gate)
                {
                    (_failures, _retryAt) = (0, null);
                }

                _triggers.Writer.TryWrite(SyncTrigger.BackOnline);
            }
            else if (newOnCloud > previous.NewOnCloud)
            {
                _triggers.Writer.TryWrite(SyncTrigger.NewOnCloud);
            }
        }
#pragma warning disable CA1031 // A probe that fails for another reason (a busy store) is retried on the next tick.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            _logger.LogWarning(ex, "Connectivity probe failed");
        }
    }

    private async Task PollOutboxLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.OutboxPollInterval, _time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RefreshProgressAsync(stoppingToken);
            int baseline;
            lock (_gate)
            {
                baseline = _pendingAfterLastRun;
            }

            if (Current.PendingUploads > baseline && Volatile.Read(ref _running) == 0)
            {
                lock (_gate)
                {
                    _pendingAfterLastRun = _current.PendingUploads;
                }

                _triggers.Writer.TryWrite(SyncTrigger.LocalCommit);
            }
        }
    }

    private async Task RefreshProgressAsync(CancellationToken stoppingToken)
    {
        try
        {
            var progress = await _engine.ProgressAsync(stoppingToken);
            Update(s => WithProgress(s, progress.Progress, progress.Conflicts));
            await RefreshNoticesAsync(stoppingToken);
        }
#pragma warning disable CA1031 // The store may be busy or not migrated yet; the next poll reads it again.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            _logger.LogDebug(ex, "Reading the sync progress failed");
        }
    }

    /// <summary>The latest notices and the unread count; the list is replaced only when it changed, so no status change is raised for nothing.</summary>
    private async Task RefreshNoticesAsync(CancellationToken cancellationToken)
    {
        try
        {
            var notices = await _engine.NoticesAsync(cancellationToken);
            var lastRead = _notices.LastRead;
            var unread = notices.Count(n => NoticeLedger.IsAfter(n.Id, lastRead));
            var latest = notices.OrderByDescending(n => n.Id).Take(LatestNoticeCount).Select(View).ToList();
            Update(s => s with
            {
                UnreadNotices = unread,
                LatestNotices = s.LatestNotices.SequenceEqual(latest) ? s.LatestNotices : latest,
            });
        }
#pragma warning disable CA1031 // The store may be busy or not migrated yet; the next poll reads it again.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            _logger.LogDebug(ex, "Reading the sync notices failed");
        }
    }

    /// <summary>The user read the notices up to <paramref name="newest"/> (the newest shown): the unread count drops.</summary>
    public async Task MarkNoticesReadAsync(Guid newest, CancellationToken cancellationToken)
    {
        _notices.MarkRead(newest);
        await RefreshNoticesAsync(cancellationToken);
    }

    private static NoticeView View(SyncNotice notice) => new(notice.Id, notice.Kind, notice.Module, notice.Message, notice.CreatedAt);

    private void OnSnapshotProgress(object? sender, SnapshotProgress progress)
    {
        // The downloader reports every buffer read: the tray and /status follow at most a few times a second,
        // but every phase change and the end of a phase get through.
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var midPhase = progress.Phase == _bootstrapPhase && progress.Phase switch
            {
                SnapshotPhase.Downloading => progress.BytesDone < progress.BytesTotal,
                SnapshotPhase.Installing => progress.DocumentsDone < progress.DocumentsTotal,
                _ => false,
            };
            if (midPhase && now - _bootstrapShownAt < BootstrapRefresh)
            {
                return;
            }

            (_bootstrapPhase, _bootstrapShownAt) = (progress.Phase, now);
        }

        ShowBootstrap(progress);
    }

    private void ShowBootstrap(SnapshotProgress progress) => Update(s => s with
    {
        Bootstrap = progress.Phase switch
        {
            SnapshotPhase.Downloading => new BootstrapStatus(BootstrapPhase.Download, progress.BytesDone, progress.BytesTotal, progress.DocumentsDone, progress.DocumentsTotal),
            SnapshotPhase.Installing => new BootstrapStatus(BootstrapPhase.Install, progress.BytesDone, progress.BytesTotal, progress.DocumentsDone, progress.DocumentsTotal),
            SnapshotPhase.Reconciling => new BootstrapStatus(BootstrapPhase.Reconcile, progress.BytesDone, progress.BytesTotal, progress.DocumentsDone, progress.DocumentsTotal),
            _ => null,
        },
    });

    private void OnNetworkChanged(object? sender, EventArgs e) => _probeNow.Writer.TryWrite(true);

    private static SyncStatus WithProgress(SyncStatus status, SyncProgress progress, int conflicts) => status with
    {
        PendingUploads = progress.Pending,
        Parked = progress.Parked,
        HeldInbound = progress.Held,
        Conflicts = conflicts,
        LastSuccessfulSync = progress.LastSuccessfulSync ?? status.LastSuccessfulSync,
        Recovery = progress.Recovery is { Step: not RestoreRecoveryStep.ReenrollmentRequired } recovery
            ? new RecoveryStatus(recovery.Step.ToString(), recovery.Requeued, recovery.StartedAt, recovery.Message)
            : null,
        // Seen by a poll too (a host restarted while the store waits for enrollment); cleared only by a successful run.
        Blocked = progress.Recovery?.Step == RestoreRecoveryStep.ReenrollmentRequired ? SyncBlock.ReenrollmentRequired : status.Blocked,
        BlockedMessage = progress.Recovery?.Step == RestoreRecoveryStep.ReenrollmentRequired ? progress.Recovery.Message : status.BlockedMessage,
    };

    private static Connectivity Map(ConnectivityState state) => state switch
    {
        ConnectivityState.Online => Connectivity.Online,
        ConnectivityState.Offline => Connectivity.Offline,
        ConnectivityState.CloudUnreachable => Connectivity.CloudUnreachable,
        _ => Connectivity.Unauthorized,
    };

    private static int Clamp(long value) => (int)Math.Min(int.MaxValue, Math.Max(0, value));

    private void Update(Func<SyncStatus, SyncStatus> change)
    {
        SyncStatus previous;
        SyncStatus next;
        lock (_gate)
        {
            previous = _current;
            next = change(previous);
            if (next == previous)
            {
                return;
            }

            _current = next;
        }

        StatusChanged?.Invoke(this, new SyncStatusChangedEventArgs(previous, next));
    }
}
