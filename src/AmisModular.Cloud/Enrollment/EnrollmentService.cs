using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Cloud.Push;
using AmisModular.Sync.Protocol.Enrollment;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Cloud.Hello;
using AmisModular.Sync.Protocol.Hello;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Enrollment;

/// <summary>POST /sync/v1/devices: trades a one-time code for a device credential bound to the code's tenant and book.</summary>
public sealed class EnrollmentService(CloudDbFactory databases, ServerEpoch epoch, TimeProvider clock, ILogger<EnrollmentService> log)
{
    /// <summary>The longest device name the devices table holds (a longer one would fail the insert on PostgreSQL and SQL Server).</summary>
    public const int MaxDeviceName = 100;

    public async Task<IResult> EnrollAsync(EnrollRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.DeviceId == Guid.Empty || string.IsNullOrWhiteSpace(request.EnrollmentCode))
        {
            return SyncResults.Error(400, SyncErrorCodes.BadRequest, "Thiếu mã đăng ký hoặc mã thiết bị. / enrollmentCode and deviceId are required.");
        }

        if (request.DeviceName?.Trim().Length > MaxDeviceName)
        {
            return SyncResults.Error(400, SyncErrorCodes.BadRequest,
                $"Tên thiết bị (deviceName) dài quá {MaxDeviceName} ký tự. / deviceName is longer than {MaxDeviceName} characters.");
        }

        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var hash = DeviceToken.Hash(request.EnrollmentCode.Trim());
        var code = await db.EnrollmentCodes.AsNoTracking().FirstOrDefaultAsync(c => c.CodeHash == hash, cancellationToken);

        // The conditional update consumes the code atomically: two enrollments racing with one code cannot both win.
        // (Expiry is compared in .NET: SQLite cannot compare DateTimeOffset columns.)
        var consumed = code is null || code.ExpiresAt <= now ? 0 : await db.EnrollmentCodes.Where(c => c.CodeHash == hash && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now).SetProperty(c => c.UsedByDeviceId, request.DeviceId), cancellationToken);
        if (consumed != 1 || code is null)
        {
            // A retry whose first answer was lost: the same installation with the same code gets its device back.
            var retried = code is null || code.ExpiresAt <= now ? null : await EnrollmentRetry.TryAsync(db, request, hash, cancellationToken);
            if (retried is not null)
            {
                await transaction.CommitAsync(cancellationToken);
                return retried.Failure ?? SyncResults.Ok(new EnrollResponse(retried.Identity!, retried.Token!, await epoch.GetAsync(cancellationToken), retried.Company));
            }

            return SyncResults.Error(400, SyncErrorCodes.InvalidEnrollmentCode,
                "Mã đăng ký không đúng, đã dùng hoặc hết hạn. / The enrollment code is unknown, used or expired.");
        }

        if (await db.Devices.AnyAsync(d => d.Id == request.DeviceId, cancellationToken))
        {
            return SyncResults.Error(409, SyncErrorCodes.DeviceExists, "Mã thiết bị đã được đăng ký. / This device id is already enrolled.");
        }

        // The series is the tenant's device count + 1, or the next one not taken: a withdrawn enrollment gives its row
        // back (the count repeats a series still in use) and a branch code may itself end in digits. Read under the
        // tenant's row lock, or two enrollments committing at once (two nodes) would take the same series.
        var tenant = await RowLocks.TenantAsync(db, code.TenantId, cancellationToken);
        var taken = (await db.Devices.Where(d => d.TenantId == tenant.Id).Select(d => d.Series).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var number = taken.Count + 1;
        while (taken.Contains($"{code.Branch ?? "D"}{number}"))
        {
            number++;
        }

        var (token, secretHash) = DeviceToken.Issue(request.DeviceId);
        var device = new Device
        {
            Id = request.DeviceId, TenantId = tenant.Id, BookId = code.BookId, Branch = code.Branch, Epoch = 1, SecretHash = secretHash,
            Name = string.IsNullOrWhiteSpace(request.DeviceName) ? request.DeviceId.ToString("N")[..8] : request.DeviceName.Trim(),
            Series = $"{code.Branch ?? "D"}{number}", CreatedAt = now,
        };
        db.Devices.Add(device);
        await db.SaveChangesAsync(cancellationToken);
        var company = await EnrolledCompanies.ReadAsync(db, tenant, device.BookId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (log.IsEnabled(LogLevel.Information))
        {
            log.LogInformation("Enrolled device {DeviceId} for tenant {TaxCode} series {Series}", device.Id, tenant.TaxCode, device.Series);
        }

        var identity = new DeviceIdentity(device.Id, device.Epoch, tenant.TaxCode, tenant.CompanyId, device.BookId, device.Branch, device.Series, 0);
        return SyncResults.Ok(new EnrollResponse(identity, token, await epoch.GetAsync(cancellationToken), company));
    }
}
