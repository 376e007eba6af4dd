using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.State;

/// <summary>Records a pulled change this store refused, once per (book, serverSeq), in the transaction that pulled it.</summary>
internal static class InboundRejectionLog
{
    public static async Task RecordAsync(
        SyncStateDbContext state, Guid bookId, long serverSeq, Guid documentId, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (state.InboundRejections.Local.Any(r => r.BookId == bookId && r.ServerSeq == serverSeq)
            || await state.InboundRejections.AnyAsync(r => r.BookId == bookId && r.ServerSeq == serverSeq, cancellationToken))
        {
            return;
        }

        var text = reason ?? "";
        state.InboundRejections.Add(new InboundRejection
        {
            BookId = bookId, ServerSeq = serverSeq, DocumentId = documentId, Reason = text[..Math.Min(text.Length, 1000)], CreatedAt = now,
        });
    }
}
