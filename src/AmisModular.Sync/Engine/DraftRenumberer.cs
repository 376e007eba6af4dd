using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;

namespace AmisModular.Sync.Engine;

/// <summary>
/// Scenario 10 for drafts: a draft refused with number-collision is renumbered by its module (next free number of
/// its own series) and queued again, inside the ack transaction, with a notice for the user. The refused row is then
/// answered (acked, with the renumbering as its reason). A posted voucher, or a module that cannot renumber, returns
/// false: the caller parks it for review as before.
/// </summary>
internal sealed class DraftRenumberer(SyncAdapters adapters, TimeProvider clock)
{
    /// <summary>Upserts only: a post or an unpost carries a number that is already legal record.</summary>
    public static bool IsCandidate(MutationAck ack, OutboxMessage row) =>
        ack.Status == AckStatus.Rejected && ack.Error?.Code == RejectionCodes.NumberCollision && row.Operation == MutationOperations.Upsert;

    public async Task<bool> TryAsync(SyncStateDbContext state, OutboxDbContext outbox, Guid bookId, OutboxMessage row, CancellationToken cancellationToken)
    {
        if (adapters.Find(row.Module) is not { } adapter)
        {
            return false;
        }

        var result = await adapter.RenumberAsync(new RenumberRequest(row.DocumentId, row.DocumentType, row.BaseVersion, row.LocalNumber), cancellationToken);
        if (!result.Renumbered)
        {
            return false;
        }

        (row.State, row.Reason) = (OutboxState.Acked, $"[{RejectionCodes.Renumbered}] {result.Message}");
        var superseded = $"[{RejectionCodes.Renumbered}] Đã gộp vào lần gửi lại với số mới {result.NewNumber}. / Superseded by the resend with the new number {result.NewNumber}.";
        foreach (var later in outbox.Outbox.Local.Where(m => m.DocumentId == row.DocumentId && m.Seq > row.Seq && m.State == OutboxState.Parked
                     && m.Reason?.StartsWith($"[{RejectionCodes.DependencyParked}]", StringComparison.Ordinal) == true))
        {
            // Later changes of the draft were set aside with it; the resend carries the draft as it is now.
            later.Reason = superseded;
        }

        state.Notices.Add(new SyncNotice
        {
            Id = Guid.CreateVersion7(), BookId = bookId, Kind = SyncNotice.Renumbered, Module = row.Module, DocumentId = row.DocumentId,
            OldNumber = result.OldNumber, NewNumber = result.NewNumber, Message = result.Message, CreatedAt = clock.GetUtcNow(),
        });
        return true;
    }
}
