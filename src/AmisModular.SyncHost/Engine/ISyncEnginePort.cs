using AmisModular.Sync.Engine;
using AmisModular.Sync.Snapshots;
using AmisModular.Sync.State;

namespace AmisModular.SyncHost.Engine;

/// <summary>What <see cref="EngineSyncController"/> needs of the sync engine and the store it syncs.</summary>
public interface ISyncEnginePort
{
    Task<ConnectivityState> ProbeAsync(CancellationToken cancellationToken);

    /// <summary>Push, then pull. Throws what <see cref="SyncEngine.SyncAsync"/> throws.</summary>
    Task<SyncReport> SyncAsync(CancellationToken cancellationToken);

    /// <summary>Outbox and cursor counts plus the conflicts kept for the user.</summary>
    Task<EngineProgress> ProgressAsync(CancellationToken cancellationToken);

    /// <summary>Changes on the cloud after the local cursor (server highWater − cursor); null when it cannot be asked.</summary>
    Task<long?> NewOnCloudAsync(CancellationToken cancellationToken);

    /// <summary>What sync did on its own that the user must see, newest first (<see cref="SyncEngine.NoticesAsync"/>).</summary>
    Task<IReadOnlyList<SyncNotice>> NoticesAsync(CancellationToken cancellationToken);

    /// <summary>Raised on the syncing thread at every step of a snapshot bootstrap (<see cref="SnapshotBootstrap.ProgressChanged"/>).</summary>
    event EventHandler<SnapshotProgress>? SnapshotProgressChanged;
}
