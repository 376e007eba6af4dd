using AmisModular.Cloud.Data;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Hello;

/// <summary>
/// The database's epoch: created once; a restore that brings an older database back brings its old epoch only if the
/// operator does not rotate it, so the restore procedure rotates it (<c>admin rotate-epoch</c>) after restoring.
/// Read from the database on every call (a primary-key lookup): a cached value could outlive a restore or a rotation
/// made by another process, and clients must never see the old epoch over a restored database.
/// </summary>
public sealed class ServerEpoch(CloudDbFactory databases)
{
    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        var row = await db.Meta.AsNoTracking().FirstOrDefaultAsync(m => m.Key == ServerMeta.EpochKey, cancellationToken);
        if (row is not null)
        {
            return row.Value;
        }

        db.Meta.Add(row = new ServerMeta { Key = ServerMeta.EpochKey, Value = NewValue() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return row.Value;
        }
        catch (DbUpdateException)
        {
            // Another node created it first: read theirs.
            await using var again = databases.Create();
            return (await again.Meta.AsNoTracking().FirstAsync(m => m.Key == ServerMeta.EpochKey, cancellationToken)).Value;
        }
    }

    public static string NewValue() => Guid.NewGuid().ToString("N");
}
