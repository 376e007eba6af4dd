using AmisModular.Cloud.Data;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Hello;

/// <summary>The database's epoch: created once; a restore that brings an older database back brings its old epoch
/// only if the operator does not rotate it, so the restore procedure rotates it (new value) after restoring.</summary>
public sealed class ServerEpoch(CloudDbFactory databases)
{
    private string? cached;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (cached is not null)
        {
            return cached;
        }

        await using var db = databases.Create();
        var row = await db.Meta.AsNoTracking().FirstOrDefaultAsync(m => m.Key == ServerMeta.EpochKey, cancellationToken);
        if (row is null)
        {
            db.Meta.Add(row = new ServerMeta { Key = ServerMeta.EpochKey, Value = Guid.NewGuid().ToString("N") });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node created it first: read theirs.
                await using var again = databases.Create();
                row = await again.Meta.AsNoTracking().FirstAsync(m => m.Key == ServerMeta.EpochKey, cancellationToken);
            }
        }

        return cached = row.Value;
    }
}
