using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Protocol.Enrollment;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Hello;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Enrollment;

/// <summary>
/// Makes POST /sync/v1/devices safe to retry. When the answer of a successful enrollment is lost, the installation
/// resends the same code with the same device id. Within the code's validity it gets the same device back with a NEW
/// secret: the lost secret may have been seen by someone, and only the holder of the code can ask, so rotating it is
/// safe and the old secret (and every access token issued for it) stops working. The same code from another
/// installation is still refused: the code was used, and by a different device id.
/// </summary>
internal static class EnrollmentRetry
{
    /// <summary>Null when this is not a retry of the code's own enrollment (the caller refuses the code).</summary>
    public static async Task<Outcome?> TryAsync(CloudDbContext db, EnrollRequest request, string codeHash, CancellationToken cancellationToken)
    {
        // Read again: a concurrent first attempt may have consumed the code after our first read.
        var code = await db.EnrollmentCodes.AsNoTracking().FirstOrDefaultAsync(c => c.CodeHash == codeHash, cancellationToken);
        if (code?.UsedByDeviceId != request.DeviceId)
        {
            return null;
        }

        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == request.DeviceId, cancellationToken);
        if (device is null || device.TenantId != code.TenantId || device.BookId != code.BookId)
        {
            return null;
        }

        if (device.Revoked)
        {
            return new Outcome(null, null, null, SyncResults.Error(403, SyncErrorCodes.DeviceRevoked,
                "Thiết bị đã bị thu hồi; không thể đăng ký lại bằng mã cũ. / This device was revoked; the old code cannot enroll it again."));
        }

        var (token, secretHash) = DeviceToken.Issue(device.Id);
        await db.Devices.Where(d => d.Id == device.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.SecretHash, secretHash), cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == device.TenantId, cancellationToken);
        var identity = new DeviceIdentity(device.Id, device.Epoch, tenant.TaxCode, tenant.CompanyId, device.BookId, device.Branch, device.Series, device.LastSeq);
        return new Outcome(identity, token, await EnrolledCompanies.ReadAsync(db, tenant, device.BookId, cancellationToken), null);
    }

    /// <summary>Either the device's identity with its new credential, or a refusal.</summary>
    public sealed record Outcome(DeviceIdentity? Identity, string? Token, EnrolledCompany? Company, IResult? Failure);
}
