using AmisModular.Sync.Engine;

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
}
