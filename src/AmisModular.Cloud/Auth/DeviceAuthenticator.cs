using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Protocol.Errors;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Auth;

/// <summary>Reads the bearer credential: 401 when missing or wrong, 403 when the device is revoked.</summary>
public sealed class DeviceAuthenticator(ILogger<DeviceAuthenticator> log)
{
    public async Task<(DeviceCaller? Caller, IResult? Failure)> AuthenticateAsync(HttpContext http, CloudDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(db);
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !DeviceToken.TryParse(header[7..], out var deviceId, out var secret))
        {
            return (null, Unauthorized());
        }

        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deviceId, cancellationToken);
        if (device is null || !DeviceToken.Matches(secret, device.SecretHash))
        {
            log.LogWarning("Rejected credential for device {DeviceId}", deviceId);
            return (null, Unauthorized());
        }

        if (device.Revoked)
        {
            return (null, SyncResults.Error(StatusCodes.Status403Forbidden, SyncErrorCodes.DeviceRevoked,
                "Thiết bị đã bị thu hồi quyền đồng bộ; liên hệ quản trị. / This device was revoked; contact your administrator."));
        }

        var tenant = await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == device.TenantId, cancellationToken);
        var book = await db.Books.AsNoTracking().FirstAsync(b => b.Id == device.BookId, cancellationToken);
        return (new DeviceCaller(device, tenant, book), null);
    }

    private static IResult Unauthorized() => SyncResults.Error(StatusCodes.Status401Unauthorized, SyncErrorCodes.Unauthorized,
        "Thông tin xác thực thiết bị không hợp lệ. / The device credential is missing or invalid.");
}
