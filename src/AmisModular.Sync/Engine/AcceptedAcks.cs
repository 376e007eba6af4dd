using AmisModular.Storage.Bulk;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Engine;

/// <summary>
/// The common push answer, every ack accepted or duplicate, applied set-based: the ack records written by one prepared
/// INSERT re-bound per row and the outbox rows marked acked by one UPDATE, instead of loading, tracking and saving
/// every row (which cost the client more than its own share of the upload). Same end state as the general path of
/// <see cref="AckApplier"/>: an ack for a seq without an outbox row is ignored, each record holds the ack's fields,
/// each row becomes Acked with no reason. Answers it does not cover (a seq answered twice, or one already recorded,
/// which the general path updates in place) are left to the general path untouched.
/// </summary>
internal static class AcceptedAcks
{
    /// <returns>How many outbox rows were acked, or null when the general path must apply this answer.</returns>
    public static async Task<int?> TryApplyAsync(IUnitOfWork unit, Guid deviceId, IReadOnlyList<MutationAck> acks, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!acks.All(a => a.Status is AckStatus.Accepted or AckStatus.Duplicate))
        {
            return null;
        }

        var seqs = acks.Select(a => a.Seq).ToHashSet();
        if (seqs.Count != acks.Count)
        {
            return null;
        }

        // Both reads take the answer's seq range (one index range each) rather than a list of its seqs as parameters,
        // which cost as much as the writes; the range may hold rows the answer does not name (parked rows already
        // answered are not resent; acked rows between a deferred row and the next batch), so the seqs are matched here.
        var (first, last) = (seqs.Min(), seqs.Max());
        var state = unit.Context<SyncStateDbContext>();
        var recorded = await state.Acks.Where(a => a.DeviceId == deviceId && a.Seq >= first && a.Seq <= last).Select(a => a.Seq).ToListAsync(cancellationToken);
        if (recorded.Any(seqs.Contains))
        {
            return null;
        }

        var outbox = unit.Context<OutboxDbContext>().Outbox;
        var inRange = await outbox.Where(m => m.DeviceId == deviceId && m.Seq >= first && m.Seq <= last).Select(m => m.Seq).ToListAsync(cancellationToken);
        var present = inRange.Where(seqs.Contains).ToList();
        if (present.Count == 0)
        {
            return 0;
        }

        var rows = present.ToHashSet();
        var now = clock.GetUtcNow();
        await state.BulkInsertAsync(acks.Where(a => rows.Contains(a.Seq)).Select(a => SyncAckRecord.Of(deviceId, a, now)), cancellationToken);
        var acked = present.Count == inRange.Count
            ? outbox.Where(m => m.DeviceId == deviceId && m.Seq >= first && m.Seq <= last)
            : outbox.Where(m => m.DeviceId == deviceId && present.Contains(m.Seq));
        return await acked.ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Acked).SetProperty(m => m.Reason, (string?)null), cancellationToken);
    }
}
