namespace AmisModular.SyncHost.Control;

/// <summary>
/// The controller of a host without a sync engine. It says so: status "not configured", every run answers
/// <see cref="SyncRunOutcome.NotConfigured"/>. Only the pause flag is real, so the tray menu stays consistent.
/// </summary>
public sealed class NoSyncEngineController : ISyncController
{
    private readonly Lock _gate = new();
    private SyncStatus _current = SyncStatus.NotConfigured;

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

    public Task<SyncRunResult> SyncNowAsync(CancellationToken cancellationToken) => Task.FromResult(SyncRunResult.NotConfigured);

    public Task<SyncRunResult> DownloadNowAsync(CancellationToken cancellationToken) => Task.FromResult(SyncRunResult.NotConfigured);

    public void Pause() => SetPaused(true);

    public void Resume() => SetPaused(false);

    /// <summary>Without an engine there are no notices.</summary>
    public Task MarkNoticesReadAsync(Guid newest, CancellationToken cancellationToken) => Task.CompletedTask;

    private void SetPaused(bool paused)
    {
        SyncStatus previous;
        SyncStatus next;
        lock (_gate)
        {
            previous = _current;
            if (previous.IsPaused == paused)
            {
                return;
            }

            next = previous with { IsPaused = paused };
            _current = next;
        }

        StatusChanged?.Invoke(this, new SyncStatusChangedEventArgs(previous, next));
    }
}
