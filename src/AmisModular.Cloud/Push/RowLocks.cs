using AmisModular.Cloud.Data;
using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Push;

/// <summary>
/// Row locks held until the push transaction ends. PostgreSQL: SELECT ... FOR UPDATE; SQL Server: UPDLOCK, ROWLOCK;
/// SQLite: the transaction is BEGIN IMMEDIATE, which already holds the database's single write lock.
/// Lock order is always device, then book, so two pushes cannot deadlock on them; an enrollment locks only its tenant.
/// </summary>
internal static class RowLocks
{
    public static async Task<Device?> DeviceAsync(CloudDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Provider switch
        {
            StoreProvider.PostgreSql => (await db.Devices.FromSql($"SELECT * FROM cloud.devices WHERE \"Id\" = {id} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault(),
            StoreProvider.SqlServer => (await db.Devices.FromSql($"SELECT * FROM cloud.devices WITH (UPDLOCK, ROWLOCK) WHERE Id = {id}").ToListAsync(cancellationToken)).SingleOrDefault(),
            _ => await db.Devices.FirstOrDefaultAsync(d => d.Id == id, cancellationToken),
        };

    public static async Task<CloudBook> BookAsync(CloudDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Provider switch
        {
            StoreProvider.PostgreSql => (await db.Books.FromSql($"SELECT * FROM cloud.books WHERE \"Id\" = {id} FOR UPDATE").ToListAsync(cancellationToken)).Single(),
            StoreProvider.SqlServer => (await db.Books.FromSql($"SELECT * FROM cloud.books WITH (UPDLOCK, ROWLOCK) WHERE Id = {id}").ToListAsync(cancellationToken)).Single(),
            _ => await db.Books.FirstAsync(b => b.Id == id, cancellationToken),
        };

    /// <summary>Serializes a tenant's enrollments, so two devices enrolled at once on two nodes never get one series.</summary>
    public static async Task<Tenant> TenantAsync(CloudDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Provider switch
        {
            StoreProvider.PostgreSql => (await db.Tenants.FromSql($"SELECT * FROM cloud.tenants WHERE \"Id\" = {id} FOR UPDATE").ToListAsync(cancellationToken)).Single(),
            StoreProvider.SqlServer => (await db.Tenants.FromSql($"SELECT * FROM cloud.tenants WITH (UPDLOCK, ROWLOCK) WHERE Id = {id}").ToListAsync(cancellationToken)).Single(),
            _ => await db.Tenants.FirstAsync(t => t.Id == id, cancellationToken),
        };
}
