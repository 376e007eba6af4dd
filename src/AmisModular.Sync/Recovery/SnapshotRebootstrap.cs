using AmisModular.Sync.Engine;
using AmisModular.Sync.Snapshots;
using AmisModular.Sync.State;

namespace AmisModular.Sync.Recovery;

/// <summary>
/// The default pull side of a restore recovery: a snapshot of the restored server, then the delta after its cursor.
/// Unlike re-pulling the change log from 0 it works whatever the restored log's retention floor, and it holds the
/// latest copy of each document. Local documents the snapshot lacks are kept: after a restore they may be the ones the
/// server lost (parked). The delta is pulled with this device's own changes applied (<see cref="OwnChanges.Apply"/>):
/// the cloud may hand out a snapshot cut before this device re-pushed a removal, and the normal pull would skip that
/// removal as an echo and leave the snapshot's older copy in place.
/// </summary>
internal sealed class SnapshotRebootstrap(SnapshotBootstrap snapshots, ChangePuller puller) : IRestoreRebootstrap
{
    public async Task<int> RebootstrapAsync(SyncCredential credential, CancellationToken cancellationToken)
    {
        var installed = await snapshots.BootstrapAsync(credential, removeMissing: false, cancellationToken);
        var delta = await puller.PullAsync(credential, cancellationToken, OwnChanges.Apply);
        return (int)installed.Applied + delta.Applied;
    }
}
