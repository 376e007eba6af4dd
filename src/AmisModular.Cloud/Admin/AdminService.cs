using System.Security.Cryptography;
using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Retention;
using AmisModular.Ledger.Companies;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Admin;

/// <summary>Tenants, enrollment codes and devices: behind the admin API and the <c>admin</c> command mode.</summary>
public sealed class AdminService(CloudDbFactory databases, TimeProvider clock)
{
    public async Task<TenantCreated> CreateTenantAsync(string taxCode, string name, Guid? companyId, string? licensedModules, CancellationToken cancellationToken)
    {
        if (!TaxCodeRule.IsValid(taxCode))
        {
            throw new AdminException($"Mã số thuế '{taxCode}' không hợp lệ (10, 10-3 hoặc 12 chữ số). / Tax code '{taxCode}' is invalid (10, 10-3 or 12 digits).");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new AdminException("Tên công ty là bắt buộc. / The company name is required.");
        }

        await using var db = databases.Create();
        if (await db.Tenants.AnyAsync(t => t.TaxCode == taxCode, cancellationToken))
        {
            throw new AdminException($"Mã số thuế {taxCode} đã có. / Tax code {taxCode} already exists.");
        }

        var tenant = new Tenant
        {
            Id = Guid.CreateVersion7(), TaxCode = taxCode, Name = name.Trim(), CompanyId = companyId ?? Guid.CreateVersion7(),
            LicensedModules = string.IsNullOrWhiteSpace(licensedModules) ? null : licensedModules, CreatedAt = clock.GetUtcNow(),
        };
        var book = new CloudBook { Id = Guid.CreateVersion7(), TenantId = tenant.Id, Code = "main" };
        db.Tenants.Add(tenant);
        db.Books.Add(book);
        await db.SaveChangesAsync(cancellationToken);
        return new TenantCreated(tenant.Id, tenant.TaxCode, tenant.CompanyId, book.Id);
    }

    public async Task<IssuedCode> IssueEnrollmentCodeAsync(string taxCode, string? branch, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        var (tenant, book) = await RequireTenantAsync(db, taxCode, cancellationToken);
        var code = DeviceToken.Base64Url(RandomNumberGenerator.GetBytes(15));
        var expires = clock.GetUtcNow().Add(lifetime);
        db.EnrollmentCodes.Add(new EnrollmentCode { CodeHash = DeviceToken.Hash(code), TenantId = tenant.Id, BookId = book.Id, Branch = branch, ExpiresAt = expires });
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedCode(code, taxCode, book.Id, expires);
    }

    public async Task<IReadOnlyList<DeviceListItem>> ListDevicesAsync(string taxCode, CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        var (tenant, _) = await RequireTenantAsync(db, taxCode, cancellationToken);
        var devices = await db.Devices.AsNoTracking().Where(d => d.TenantId == tenant.Id).ToListAsync(cancellationToken);
        return [.. devices.OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new DeviceListItem(d.Id, d.Name, d.Branch, d.Series, d.Epoch, d.LastSeq, d.Revoked, d.LastSeenAt))];
    }

    public async Task RevokeDeviceAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        var changed = await db.Devices.Where(d => d.Id == deviceId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Revoked, true), cancellationToken);
        if (changed == 0)
        {
            throw new AdminException($"Không có thiết bị {deviceId}. / Device {deviceId} does not exist.");
        }
    }

    /// <summary>Khóa sổ on the server: documents dated on or before <paramref name="lockedThrough"/> are refused.</summary>
    public async Task LockPeriodsAsync(string taxCode, DateOnly? lockedThrough, CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        var (_, book) = await RequireTenantAsync(db, taxCode, cancellationToken);
        await db.Books.Where(b => b.Id == book.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.LockedThrough, lockedThrough), cancellationToken);
    }

    /// <summary>
    /// The step after restoring the database from a backup (before starting the cloud): a new server epoch, so every
    /// client sees in hello that the server went back in time and recovers (re-pushes what the server lost).
    /// </summary>
    /// <returns>The new epoch.</returns>
    public async Task<string> RotateEpochAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        var epoch = Hello.ServerEpoch.NewValue();
        var row = await db.Meta.FirstOrDefaultAsync(m => m.Key == ServerMeta.EpochKey, cancellationToken);
        if (row is null)
        {
            db.Meta.Add(new ServerMeta { Key = ServerMeta.EpochKey, Value = epoch });
        }
        else
        {
            row.Value = epoch;
        }

        await db.SaveChangesAsync(cancellationToken);
        return epoch;
    }

    /// <summary>
    /// Trims the change log to the last <paramref name="keepDays"/> days (superseded changes and tombstones) and raises the
    /// retention floor; devices offline for longer get 410 cursorExpired and re-snapshot (scenario 16).
    /// </summary>
    public async Task<CompactionResult> CompactAsync(string taxCode, int keepDays, CancellationToken cancellationToken)
    {
        if (keepDays < 0)
        {
            throw new AdminException($"--keep-days phải ≥ 0 (nhận {keepDays}). / --keep-days must be 0 or more (got {keepDays}).");
        }

        await using var db = databases.Create();
        var (_, book) = await RequireTenantAsync(db, taxCode, cancellationToken);
        return await new ChangeLogCompactor(databases, clock).CompactAsync(book.Id, TimeSpan.FromDays(keepDays), cancellationToken);
    }

    private static async Task<(Tenant Tenant, CloudBook Book)> RequireTenantAsync(CloudDbContext db, string taxCode, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.TaxCode == taxCode, cancellationToken)
            ?? throw AdminException.UnknownTenant(taxCode);
        var book = await db.Books.AsNoTracking().FirstAsync(b => b.TenantId == tenant.Id && b.Code == "main", cancellationToken);
        return (tenant, book);
    }
}
