using AmisModular.SyncHost.Control;

namespace AmisModular.SyncHost.Tests.Support;

/// <summary>A sync engine stand-in at the port: counts calls and lets a test push statuses.</summary>
public sealed class RecordingSyncController : ISyncController
{
    private int _syncNowCalls;
    private int _downloadCalls;

    public SyncStatus Current { get; private set; } = new() { EngineConfigured = true, Connectivity = Connectivity.Online };

    public int SyncNowCalls => Volatile.Read(ref _syncNowCalls);

    public int DownloadCalls => Volatile.Read(ref _downloadCalls);

    public TaskCompletionSource SyncNowCalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource DownloadCalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public event EventHandler<SyncStatusChangedEventArgs>? StatusChanged;

    public Task<SyncRunResult> SyncNowAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _syncNowCalls);
        SyncNowCalled.TrySetResult();
        return Task.FromResult(new SyncRunResult(SyncRunOutcome.Succeeded) { Pushed = 3, Pulled = 2 });
    }

    public Task<SyncRunResult> DownloadNowAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _downloadCalls);
        DownloadCalled.TrySetResult();
        return Task.FromResult(new SyncRunResult(SyncRunOutcome.Succeeded) { Pulled = 4 });
    }

    public void Pause() => Set(Current with { IsPaused = true });

    public void Resume() => Set(Current with { IsPaused = false });

    public Guid? NoticesReadUpTo { get; private set; }

    public Task MarkNoticesReadAsync(Guid newest, CancellationToken cancellationToken)
    {
        NoticesReadUpTo = newest;
        return Task.CompletedTask;
    }

    public void Set(SyncStatus next)
    {
        var previous = Current;
        Current = next;
        StatusChanged?.Invoke(this, new SyncStatusChangedEventArgs(previous, next));
    }
}
