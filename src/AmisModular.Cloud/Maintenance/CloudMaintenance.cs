using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hello;
using AmisModular.Cloud.Hosting;
using AmisModular.Cloud.Retention;
using AmisModular.Cloud.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Maintenance;

/// <summary>
/// One pass over every book: compact the change log to the retention window, and build a fresh snapshot for a book
/// that grew enough since its newest one. One book's failure is logged and the pass goes on with the next book.
/// Safe on several nodes at once: compaction is idempotent and each node keeps its own snapshot folder.
/// </summary>
public sealed class CloudMaintenance(
    CloudDbFactory databases, ChangeLogCompactor compactor, SnapshotService snapshots, SnapshotStore store, ServerEpoch epoch, CloudOptions options,
    ILogger<CloudMaintenance> log)
{
    public async Task<MaintenanceReport> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Maintenance;
        List<(Guid Id, long LastServerSeq)> books;
        await using (var db = databases.Create())
        {
            books = [.. (await db.Books.AsNoTracking().Select(b => new { b.Id, b.LastServerSeq }).ToListAsync(cancellationToken)).Select(b => (b.Id, b.LastServerSeq))];
        }

        int superseded = 0, tombstones = 0, built = 0, failures = 0;
        foreach (var (bookId, lastServerSeq) in books)
        {
            try
            {
                if (settings.RetentionDays > 0)
                {
                    var compacted = await compactor.CompactAsync(bookId, TimeSpan.FromDays(settings.RetentionDays), cancellationToken);
                    (superseded, tombstones) = (superseded + compacted.SupersededDeleted, tombstones + compacted.TombstonesDeleted);
                }

                if (await SnapshotDueAsync(bookId, lastServerSeq, cancellationToken))
                {
                    await snapshots.RefreshAsync(bookId, cancellationToken);
                    built++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures++;
                log.LogError(e, "Maintenance of book {BookId} failed; the next run tries again", bookId);
            }
        }

        var report = new MaintenanceReport(books.Count, superseded, tombstones, built, failures);
        if (log.IsEnabled(LogLevel.Information))
        {
            log.LogInformation("Maintenance: {Books} books, {Superseded} superseded and {Tombstones} tombstone rows compacted, {Snapshots} snapshots built, {Failures} failures",
                report.Books, report.SupersededDeleted, report.TombstonesDeleted, report.SnapshotsBuilt, report.Failures);
        }

        return report;
    }

    private async Task<bool> SnapshotDueAsync(Guid bookId, long lastServerSeq, CancellationToken cancellationToken)
    {
        var threshold = options.Maintenance.SnapshotAfterChanges;
        if (threshold <= 0 || lastServerSeq < threshold)
        {
            return false;
        }

        var serverEpoch = await epoch.GetAsync(cancellationToken);
        var newest = (await store.ListAsync(bookId, cancellationToken)).Where(m => m.ServerEpoch == serverEpoch).Select(m => m.Cursor).DefaultIfEmpty(0).Max();
        return lastServerSeq - newest >= threshold;
    }
}
