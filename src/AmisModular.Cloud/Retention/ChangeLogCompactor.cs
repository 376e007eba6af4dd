using AmisModular.Cloud.Data;
using AmisModular.Sync.Protocol.Push;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Retention;

/// <summary>
/// Trims a book's change log to the retention window. Among the changes committed before the window it deletes
/// (1) superseded rows — a later change of the same document exists, and a client at any cursor still receives that
/// later change, so nobody misses anything — and (2) tombstones (void/delete), which a client behind them would miss.
/// The retention floor is raised to the newest deleted tombstone BEFORE anything is deleted, and the change feed checks
/// the floor again after reading a page, so a client behind the floor always gets 410 cursorExpired and re-snapshots
/// instead of silently keeping a voided document. A complete log (floor 0) lets a cursor-0 device pull from the start.
/// </summary>
public sealed class ChangeLogCompactor(CloudDbFactory databases, TimeProvider clock)
{
    private static readonly string[] Removals = [MutationOperations.Void, MutationOperations.Delete];

    public async Task<CompactionResult> CompactAsync(Guid bookId, TimeSpan keep, CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        var cut = await LastSeqBeforeAsync(db, bookId, clock.GetUtcNow() - keep, cancellationToken);
        var tombstoneFloor = await db.ChangeLog.Where(c => c.BookId == bookId && c.ServerSeq <= cut && Removals.Contains(c.Operation))
            .MaxAsync(c => (long?)c.ServerSeq, cancellationToken) ?? 0;
        if (tombstoneFloor > 0)
        {
            await db.Books.Where(b => b.Id == bookId && b.RetentionFloor < tombstoneFloor)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.RetentionFloor, tombstoneFloor), cancellationToken);
        }

        var superseded = await db.ChangeLog
            .Where(c => c.BookId == bookId && c.ServerSeq <= cut
                        && db.Documents.Any(d => d.BookId == bookId && d.DocumentId == c.DocumentId && d.LastServerSeq > c.ServerSeq))
            .ExecuteDeleteAsync(cancellationToken);
        var tombstones = await db.ChangeLog.Where(c => c.BookId == bookId && c.ServerSeq <= tombstoneFloor && Removals.Contains(c.Operation))
            .ExecuteDeleteAsync(cancellationToken);
        var floor = await db.Books.AsNoTracking().Where(b => b.Id == bookId).Select(b => b.RetentionFloor).FirstAsync(cancellationToken);
        return new CompactionResult(superseded, tombstones, floor);
    }

    /// <summary>
    /// The newest serverSeq committed before <paramref name="cutoff"/>, walking the log in seq (= commit) order; done in
    /// .NET because SQLite cannot compare DateTimeOffset values in SQL.
    /// </summary>
    private static async Task<long> LastSeqBeforeAsync(CloudDbContext db, Guid bookId, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        long cut = 0;
        var rows = db.ChangeLog.AsNoTracking().Where(c => c.BookId == bookId).OrderBy(c => c.ServerSeq)
            .Select(c => new { c.ServerSeq, c.CommittedAt }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (row.CommittedAt >= cutoff)
            {
                break;
            }

            cut = row.ServerSeq;
        }

        return cut;
    }
}
