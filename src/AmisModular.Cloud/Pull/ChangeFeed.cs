using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hello;
using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Pull;
using AmisModular.Sync.Protocol.Push;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Pull;

/// <summary>
/// GET /sync/v1/changes: the caller's book only (from the credential), after a cursor, in serverSeq order. Only
/// committed rows are visible (read committed), and because a push takes its serverSeq under the book row lock
/// (see PushProcessor) a committed seq N implies every seq below N was committed first: paging by serverSeq never
/// skips a change that commits later.
/// </summary>
public sealed class ChangeFeed(CloudDbFactory databases, CloudOptions options, ServerEpoch epoch)
{
    public async Task<IResult> PageAsync(DeviceCaller caller, long after, int? limit, string? partition, string? modules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (partition is not null && !(Guid.TryParse(partition, out var requested) && requested == caller.Book.Id))
        {
            return SyncResults.Error(403, SyncErrorCodes.PartitionMismatch, "Thiết bị không được đọc dữ liệu này. / This device may not read that book.");
        }

        await using var db = databases.Create();
        var book = await db.Books.AsNoTracking().FirstAsync(b => b.Id == caller.Book.Id, cancellationToken);
        if (after < book.RetentionFloor)
        {
            return SyncResults.Error(410, SyncErrorCodes.CursorExpired,
                "Dữ liệu đã quá hạn lưu; cần tải lại toàn bộ. / The cursor is older than the retention floor; re-snapshot.");
        }

        var take = Math.Clamp(limit ?? options.MaxPageSize, 1, options.MaxPageSize);
        var highWater = book.LastServerSeq;
        var rows = await db.ChangeLog.AsNoTracking()
            .Where(c => c.BookId == book.Id && c.ServerSeq > after && c.ServerSeq <= highWater)
            .OrderBy(c => c.ServerSeq).Take(take + 1).ToListAsync(cancellationToken);
        if (after < await db.Books.AsNoTracking().Where(b => b.Id == book.Id).Select(b => b.RetentionFloor).FirstAsync(cancellationToken))
        {
            // Compaction raised the floor while this page was read (it raises it before deleting): the page may lack a tombstone.
            return SyncResults.Error(410, SyncErrorCodes.CursorExpired,
                "Dữ liệu đã quá hạn lưu; cần tải lại toàn bộ. / The cursor is older than the retention floor; re-snapshot.");
        }

        var withheld = Withheld(modules);
        // Only a change the caller would be sent stops the page: an unlicensed module's rows are skipped anyway.
        var stop = withheld.Count == 0 ? -1 : rows.FindIndex(c => withheld.ContainsKey(c.Module)
            && c.Operation != MutationOperations.PartitionRemoved && caller.Tenant.IsLicensed(c.Module));
        if (stop >= 0)
        {
            rows = rows.Take(stop).ToList();
            take = Math.Min(take, stop);
        }

        // Changes of a module the tenant is no longer licensed for are withheld (its partitionRemoved item is not), and
        // the cursor still moves past them: the page's next is the last row read, not the last row sent.
        var scanned = rows.Take(take).ToList();
        var page = scanned.Where(c => c.Operation != MutationOperations.PartitionRestored
                && (c.Operation == MutationOperations.PartitionRemoved || caller.Tenant.IsLicensed(c.Module)))
            .Select(c => new ChangeItem(c.ServerSeq, c.Module, c.SchemaVersion, c.DocumentType, c.DocumentId, c.Version,
            c.Operation, c.OriginDeviceId, c.Payload)).ToList();
        var next = scanned.Count > 0 ? scanned[^1].ServerSeq : after;
        return SyncResults.Ok(new ChangesPage(await epoch.GetAsync(cancellationToken), page, next, stop < 0 && rows.Count > take, highWater,
            stop < 0 ? null : withheld));
    }

    /// <summary>The modules the caller is too old for (its version below the server's minimum) → the version required.</summary>
    private Dictionary<string, int> Withheld(string? modules)
    {
        var withheld = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in (modules ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(':');
            if (parts.Length == 2 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var version)
                && options.Modules.TryGetValue(parts[0], out var window) && version < window.Min)
            {
                withheld[parts[0]] = window.Min;
            }
        }

        return withheld;
    }
}
