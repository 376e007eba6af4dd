using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Cloud.Partitions;
using AmisModular.Sync.Protocol.Errors;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Auth;

/// <summary>
/// Reads the bearer access token: 401 when missing, forged, expired (<c>token-expired</c>) or no longer matching the
/// device (secret rotated, epoch or book changed); 403 when the device is revoked. The device row is read on every
/// request, so a revocation takes effect at once rather than when the token expires.
/// </summary>
public sealed class DeviceAuthenticator(AccessTokens tokens, TimeProvider clock, ILogger<DeviceAuthenticator> log)
{
    /// <summary>
    /// For the routes that read the book (changes, snapshots, /have): as <see cref="AuthenticateAsync"/>, and a device
    /// whose access to its book was removed is answered 410 partition-removed. Push checks it again under its row lock.
    /// </summary>
    public async Task<(DeviceCaller? Caller, IResult? Failure)> AuthenticateReaderAsync(HttpContext http, CloudDbFactory databases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(databases);
        await using var db = databases.Create();
        var (caller, failure) = await AuthenticateAsync(http, db, cancellationToken);
        return caller is { Device.BookAccessRevoked: true } ? (null, PartitionRemovedResult.For(caller.Book.Id)) : (caller, failure);
    }

    public async Task<(DeviceCaller? Caller, IResult? Failure)> AuthenticateAsync(HttpContext http, CloudDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(db);
        var header = http.Request.Headers.Authorization.ToString();
        var claims = header.StartsWith("Bearer ", StringComparison.Ordinal) ? await tokens.VerifyAsync(header[7..], cancellationToken) : null;
        if (claims is null)
        {
            return (null, Unauthorized());
        }

        if (claims.ExpiresAt <= clock.GetUtcNow().ToUnixTimeSeconds())
        {
            return (null, SyncResults.Error(StatusCodes.Status401Unauthorized, SyncErrorCodes.TokenExpired,
                "Phiên đồng bộ đã hết hạn; lấy mã truy cập mới. / The access token has expired; fetch a new one with the device credential."));
        }

        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == claims.DeviceId, cancellationToken);
        if (device is null)
        {
            return (null, Unauthorized());
        }

        if (device.Revoked)
        {
            return (null, Revoked());
        }

        if (claims.TenantId != device.TenantId || claims.BookId != device.BookId || claims.Epoch != device.Epoch
            || claims.CredentialId != DeviceToken.Fingerprint(device.SecretHash))
        {
            log.LogWarning("Access token of device {DeviceId} no longer matches the device row", device.Id);
            return (null, Unauthorized());
        }

        var tenant = await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == device.TenantId, cancellationToken);
        var book = await db.Books.AsNoTracking().FirstAsync(b => b.Id == device.BookId, cancellationToken);
        return (new DeviceCaller(device, tenant, book), null);
    }

    /// <summary>The device behind a long-lived credential (POST /sync/v1/token only): 401 when unknown or wrong, 403 when revoked.</summary>
    public async Task<(Device? Device, IResult? Failure)> AuthenticateCredentialAsync(string? credential, CloudDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!DeviceToken.TryParse(credential, out var deviceId, out var secret))
        {
            return (null, Unauthorized());
        }

        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deviceId, cancellationToken);
        if (device is null || !DeviceToken.Matches(secret, device.SecretHash))
        {
            log.LogWarning("Rejected credential for device {DeviceId}", deviceId);
            return (null, Unauthorized());
        }

        return device.Revoked ? (null, Revoked()) : (device, null);
    }

    private static IResult Revoked() => SyncResults.Error(StatusCodes.Status403Forbidden, SyncErrorCodes.DeviceRevoked,
        "Thiết bị đã bị thu hồi quyền đồng bộ; liên hệ quản trị. / This device was revoked; contact your administrator.");

    private static IResult Unauthorized() => SyncResults.Error(StatusCodes.Status401Unauthorized, SyncErrorCodes.Unauthorized,
        "Thông tin xác thực thiết bị không hợp lệ. / The device credential or access token is missing or invalid.");
}
