using AmisModular.Sync.State;

namespace AmisModular.Sync.Recovery;

/// <summary>
/// The pull side of a recovery after a server restore: bring the local store up to the restored server from scratch
/// (the cursor was reset to 0 when the outbox was rebuilt). The default is a snapshot, then the delta
/// (<see cref="SnapshotRebootstrap"/>).
/// Must resume from the committed cursor after a crash and must be idempotent.
/// </summary>
public interface IRestoreRebootstrap
{
    /// <returns>How many changes were applied.</returns>
    Task<int> RebootstrapAsync(SyncCredential credential, CancellationToken cancellationToken);
}
