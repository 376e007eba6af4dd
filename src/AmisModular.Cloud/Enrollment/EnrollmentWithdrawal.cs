using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Cloud.Push;
using AmisModular.Sync.Protocol.Enrollment;
using AmisModular.Sync.Protocol.Errors;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Enrollment;

/// <summary>
/// DELETE /sync/v1/devices/self: a desktop whose store refused the enrollment (it keeps another company) gives it back.
/// The device row goes and the code it used is free again, so the right store can still use that code and this
/// installation can enroll with the right one. Only before the device has pushed anything: after that its changes
/// name it, and only an administrator may revoke it.
/// </summary>
public sealed class EnrollmentWithdrawal(CloudDbFactory databases, ILogger<EnrollmentWithdrawal> log)
{
    public async Task<IResult> WithdrawAsync(DeviceCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var device = await RowLocks.DeviceAsync(db, caller.Device.Id, cancellationToken);
        if (device is null)
        {
            return SyncResults.Error(401, SyncErrorCodes.Unauthorized, "Thiết bị không còn đăng ký. / The device is not enrolled.");
        }

        if (device.LastSeq > 0 || device.Epoch != 1 || await db.ChangeLog.AnyAsync(c => c.OriginDeviceId == device.Id, cancellationToken))
        {
            return SyncResults.Error(409, SyncErrorCodes.DeviceInUse,
                "Thiết bị đã đồng bộ dữ liệu; chỉ quản trị viên mới thu hồi được. / The device has already synced; only an administrator can revoke it.");
        }

        var released = await db.EnrollmentCodes.Where(c => c.UsedByDeviceId == device.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, (DateTimeOffset?)null).SetProperty(c => c.UsedByDeviceId, (Guid?)null), cancellationToken);
        db.Devices.Remove(device);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (log.IsEnabled(LogLevel.Information))
        {
            log.LogInformation("Device {DeviceId} of tenant {TaxCode} withdrew its enrollment; code released: {Released}", device.Id, caller.Tenant.TaxCode, released > 0);
        }

        return SyncResults.Ok(new EnrollmentWithdrawn(device.Id, released > 0));
    }
}
