using AmisModular.Cloud.Data;
using AmisModular.Storage.Bulk;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Push;

/// <summary>
/// Writes what a push request applied, in its transaction: the tracked rows (device, book, edited documents, retried
/// acks) with one SaveChanges, new rows with one prepared INSERT per table (<see cref="BulkInsert"/>), and the journal
/// lines of documents that were on the server replaced with one DELETE.
/// </summary>
public static class PushBatchWriter
{
    public static async Task SaveAsync(CloudDbContext db, PushBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        await db.SaveChangesAsync(cancellationToken);
        await db.BulkInsertAsync(batch.Created, cancellationToken);
        await db.BulkInsertAsync(batch.Changes, cancellationToken);
        await db.BulkInsertAsync(batch.NewAcks, cancellationToken);
        await ReplaceJournalsAsync(db, batch, cancellationToken);
    }

    private static async Task ReplaceJournalsAsync(CloudDbContext db, PushBatch batch, CancellationToken cancellationToken)
    {
        // Only a document that was on the server before the request can have lines: they are written with it.
        var replaced = batch.Journals.Keys.Where(batch.Existing.Contains).ToList();
        if (replaced.Count > 0)
        {
            var bookId = batch.Book.Id;
            await db.JournalLines.Where(l => l.BookId == bookId && replaced.Contains(l.DocumentId)).ExecuteDeleteAsync(cancellationToken);
        }

        await db.BulkInsertAsync(batch.Journals.Values.SelectMany(lines => lines), cancellationToken);
    }
}
