namespace AmisModular.SyncHost.Control;

/// <summary>
/// The port between the sync host and the sync engine (src/AmisModular.Sync). The engine implements it and is
/// registered with <c>SyncHostBuilder.UseSyncController</c>; without one the host runs <see cref="NoSyncEngineController"/>.
/// Implementations raise <see cref="StatusChanged"/> on every change of <see cref="Current"/>, from any thread.
/// </summary>
public interface ISyncController
{
    SyncStatus Current { get; }

    event EventHandler<SyncStatusChangedEventArgs>? StatusChanged;

    /// <summary>Pushes the outbox, then pulls; returns when the run ends.</summary>
    Task<SyncRunResult> SyncNowAsync(CancellationToken cancellationToken);

    /// <summary>Pulls new documents from the cloud only.</summary>
    Task<SyncRunResult> DownloadNowAsync(CancellationToken cancellationToken);

    /// <summary>Stops automatic runs (on commit, on network change, on timer) until <see cref="Resume"/>.</summary>
    void Pause();

    void Resume();

    /// <summary>The user read the notices up to <paramref name="newest"/> (the newest one shown); <see cref="SyncStatus.UnreadNotices"/> drops.</summary>
    Task MarkNoticesReadAsync(Guid newest, CancellationToken cancellationToken);
}
