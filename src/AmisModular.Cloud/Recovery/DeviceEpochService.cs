using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Cloud.Push;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Recovery;

namespace AmisModular.Cloud.Recovery;

/// <summary>
/// POST /sync/v1/devices/epoch: a new epoch of the caller's outbox seq-space after a server restore. The new epoch is
/// above the server's and the client's (a restored database may hold an older epoch than the client last used), and
/// its seqs continue after the highest seq the client ever used, so no stored ack can answer a new mutation.
/// Calling it twice only skips an epoch number: nothing is pushed in an epoch before the client has saved it.
/// </summary>
public sealed class DeviceEpochService(CloudDbFactory databases, TimeProvider clock, ILogger<DeviceEpochService> log)
{
    public async Task<IResult> StartAsync(DeviceCaller caller, DeviceEpochRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (request is null || request.AfterSeq < 0 || request.CurrentEpoch < 0)
        {
            return SyncResults.Error(400, SyncErrorCodes.BadRequest, "afterSeq và currentEpoch phải ≥ 0. / afterSeq and currentEpoch must be 0 or more.");
        }

        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var device = await RowLocks.DeviceAsync(db, caller.Device.Id, cancellationToken);
        if (device is null || device.Revoked)
        {
            return SyncResults.Error(403, SyncErrorCodes.DeviceRevoked, "Thiết bị đã bị thu hồi. / The device was revoked.");
        }

        var previous = (device.Epoch, device.LastSeq);
        (device.Epoch, device.LastSeq, device.LastSeenAt) = (Math.Max(device.Epoch, request.CurrentEpoch) + 1, request.AfterSeq, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (log.IsEnabled(LogLevel.Information))
        {
            log.LogInformation("Device {DeviceId} started epoch {Epoch} after seq {AfterSeq} (was epoch {OldEpoch}, lastSeq {OldLastSeq})",
                device.Id, device.Epoch, device.LastSeq, previous.Epoch, previous.LastSeq);
        }

        return SyncResults.Ok(new DeviceEpochResponse(device.Epoch, device.LastSeq));
    }
}
