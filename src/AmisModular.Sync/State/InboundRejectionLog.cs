using AmisModular.Sync.Engine;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.State;

/// <summary>
/// The held changes of one book that a page of pulled changes touches, settled in the page's transaction: a refused
/// change is held whole (or, held already, gets the new reason and one more attempt); a newer version of a document,
/// applied, already current here, or held in turn, supersedes the older held one, so an older version is never applied
/// over a newer (a held edit must not bring back a document a later pulled delete removed).
/// </summary>
internal sealed class InboundRejectionLog
{
    /// <summary>Ids per IN list: far below every provider's parameter limit.</summary>
    private const int Chunk = 500;

    private readonly SyncStateDbContext state;
    private readonly Guid bookId;
    private readonly DateTimeOffset now;
    private readonly Dictionary<Guid, List<InboundRejection>> byDocument;

    private InboundRejectionLog(SyncStateDbContext state, Guid bookId, DateTimeOffset now, Dictionary<Guid, List<InboundRejection>> byDocument) =>
        (this.state, this.bookId, this.now, this.byDocument) = (state, bookId, now, byDocument);

    /// <summary>The book's held rows for <paramref name="documentIds"/> (tracked); no query at all when nothing is held and nothing was refused.</summary>
    public static async Task<InboundRejectionLog> LoadAsync(
        SyncStateDbContext state, Guid bookId, IReadOnlyCollection<Guid> documentIds, bool anyRefused, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var byDocument = new Dictionary<Guid, List<InboundRejection>>();
        if (documentIds.Count > 0 && (anyRefused || await state.InboundRejections.AnyAsync(r => r.BookId == bookId, cancellationToken)))
        {
            foreach (var chunk in documentIds.Distinct().Chunk(Chunk))
            {
                var rows = await state.InboundRejections.Where(r => r.BookId == bookId && chunk.Contains(r.DocumentId)).ToListAsync(cancellationToken);
                foreach (var row in rows)
                {
                    Rows(byDocument, row.DocumentId).Add(row);
                }
            }
        }

        return new InboundRejectionLog(state, bookId, now, byDocument);
    }

    /// <summary>Version <paramref name="version"/> of the document is applied or already here: held versions up to it are done.</summary>
    public void Resolved(Guid documentId, long version)
    {
        if (byDocument.TryGetValue(documentId, out var rows))
        {
            Drop(rows, r => r.Version <= version);
        }
    }

    /// <summary>The change was refused: held whole, unless a newer version of the document already waits.</summary>
    public void Refused(PulledChange change, string? reason)
    {
        ArgumentNullException.ThrowIfNull(change);
        var text = reason ?? "";
        text = text[..Math.Min(text.Length, 1000)];
        var rows = Rows(byDocument, change.DocumentId);
        if (rows.FirstOrDefault(r => r.ServerSeq == change.ServerSeq) is { } same)
        {
            (same.Reason, same.LastAttemptAt, same.Attempts) = (text, now, same.Attempts + 1);
            return;
        }

        if (rows.Any(r => r.Version > change.Version))
        {
            return;
        }

        Drop(rows, r => r.Version < change.Version);
        var held = new InboundRejection
        {
            BookId = bookId, ServerSeq = change.ServerSeq, Module = change.Module, DocumentType = change.DocumentType, SchemaVersion = change.SchemaVersion,
            DocumentId = change.DocumentId, Version = change.Version, Operation = change.Operation, OriginDeviceId = change.OriginDeviceId,
            Payload = change.Payload, Reason = text, FirstAttemptAt = now, LastAttemptAt = now, Attempts = 1,
        };
        state.InboundRejections.Add(held);
        rows.Add(held);
    }

    private void Drop(List<InboundRejection> rows, Func<InboundRejection, bool> superseded)
    {
        foreach (var row in rows.Where(superseded).ToList())
        {
            state.InboundRejections.Remove(row);
            rows.Remove(row);
        }
    }

    private static List<InboundRejection> Rows(Dictionary<Guid, List<InboundRejection>> byDocument, Guid documentId)
    {
        if (!byDocument.TryGetValue(documentId, out var rows))
        {
            byDocument[documentId] = rows = [];
        }

        return rows;
    }
}
