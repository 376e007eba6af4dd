using AmisModular.Cloud.Data;
using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Push;

/// <summary>
/// Reads what a push request needs with one query per kind (numbers: one per document type) instead of several per
/// mutation: the documents it names, the existence of what they reference, the holders of its numbers, the stored
/// acks of resent seqs.
/// </summary>
public static class PushBatchLoader
{
    public static async Task<PushBatchSnapshot> LoadAsync(
        CloudDbContext db, Device device, CloudBook book, IReadOnlyList<CheckedMutation> mutations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(mutations);
        var documents = await DocumentsAsync(db, book.Id, mutations, cancellationToken);
        var references = await ExistingReferencesAsync(db, book.Id, mutations, documents, cancellationToken);
        var numbers = await NumbersAsync(db, book.Id, mutations, documents, cancellationToken);
        var acks = await AcksAsync(db, device, mutations, cancellationToken);
        return new PushBatchSnapshot(documents, references, numbers, acks);
    }

    private static async Task<Dictionary<Guid, CloudDocument?>> DocumentsAsync(
        CloudDbContext db, Guid bookId, IReadOnlyList<CheckedMutation> mutations, CancellationToken cancellationToken)
    {
        var ids = mutations.Select(c => c.Mutation.DocumentId).Distinct().ToList();
        var documents = ids.ToDictionary(id => id, _ => (CloudDocument?)null);
        if (ids.Count > 0)
        {
            // Tracked: an edit of a document already on the server is saved as an update with the request's other rows.
            foreach (var document in await db.Documents.Where(d => d.BookId == bookId && ids.Contains(d.DocumentId)).ToListAsync(cancellationToken))
            {
                documents[document.DocumentId] = document;
            }
        }

        return documents;
    }

    private static async Task<HashSet<Guid>> ExistingReferencesAsync(
        CloudDbContext db, Guid bookId, IReadOnlyList<CheckedMutation> mutations, Dictionary<Guid, CloudDocument?> documents, CancellationToken cancellationToken)
    {
        // A reference to a document the request names is answered from the request's own state instead.
        var ids = mutations.SelectMany(c => c.References).Where(r => !documents.ContainsKey(r)).Distinct().ToList();
        return ids.Count == 0 ? [] : (await db.Documents.AsNoTracking()
            .Where(d => d.BookId == bookId && ids.Contains(d.DocumentId) && !d.Removed).Select(d => d.DocumentId).ToListAsync(cancellationToken)).ToHashSet();
    }

    private static async Task<NumberIndex> NumbersAsync(
        CloudDbContext db, Guid bookId, IReadOnlyList<CheckedMutation> mutations, Dictionary<Guid, CloudDocument?> documents, CancellationToken cancellationToken)
    {
        var index = new NumberIndex(db.Provider == StoreProvider.SqlServer ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var document in documents.Values.OfType<CloudDocument>())
        {
            index.Add(document);
        }

        // One query per document type in the request (usually one or two), so the (book, type, number) index serves it.
        foreach (var type in mutations.Where(c => c.Number is not null).GroupBy(c => c.Mutation.DocumentType, StringComparer.Ordinal))
        {
            var (documentType, numbers) = (type.Key, type.Select(c => c.Number!).Distinct().ToList());
            var holders = await db.Documents.AsNoTracking()
                .Where(d => d.BookId == bookId && d.DocumentType == documentType && numbers.Contains(d.Number!) && !d.Removed)
                .Select(d => new { d.Number, d.DocumentId }).ToListAsync(cancellationToken);
            // A holder the request names is indexed from its row above, which the request's writes keep current.
            foreach (var holder in holders.Where(h => !documents.ContainsKey(h.DocumentId)))
            {
                index.Add(documentType, holder.Number, holder.DocumentId);
            }
        }

        return index;
    }

    private static async Task<Dictionary<long, StoredAck>> AcksAsync(
        CloudDbContext db, Device device, IReadOnlyList<CheckedMutation> mutations, CancellationToken cancellationToken)
    {
        var seqs = mutations.Select(c => c.Mutation.Seq).Where(s => s <= device.LastSeq).Distinct().ToList();
        return seqs.Count == 0 ? [] : await db.Acks
            .Where(a => a.DeviceId == device.Id && a.Epoch == device.Epoch && seqs.Contains(a.Seq)).ToDictionaryAsync(a => a.Seq, cancellationToken);
    }
}
