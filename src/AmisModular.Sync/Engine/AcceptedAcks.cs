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

        var seqs = acks.Select(a => a.Seq).ToList();
        if (seqs.Distinct().Count() != seqs.Count)
        {
            return null;
        }

        var state = unit.Context<SyncStateDbContext>();
        if (await state.Acks.AnyAsync(a => a.DeviceId == deviceId && seqs.Contains(a.Seq), cancellationToken))
        {
            return null;
        }

        var outbox = unit.Context<OutboxDbContext>().Outbox;
        var present = await outbox.Where(m => m.DeviceId == deviceId && seqs.Contains(m.Seq)).Select(m => m.Seq).ToListAsync(cancellationToken);
        if (present.Count == 0)
        {
            return 0;
        }

        var rows = present.ToHashSet();
        await state.BulkInsertAsync(acks.Where(a => rows.Contains(a.Seq)).Select(a => Record(deviceId, a, clock)), cancellationToken);
        return await outbox.Where(m => m.DeviceId == deviceId && present.Contains(m.Seq))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Acked).SetProperty(m => m.Reason, (string?)null), cancellationToken);
    }

    private static SyncAckRecord Record(Guid deviceId, MutationAck ack, TimeProvider clock) => new()
    {
        DeviceId = deviceId, Seq = ack.Seq, DocumentId = ack.DocumentId, Status = ack.Status.ToString(), ServerSeq = ack.ServerSeq,
        Version = ack.Version, FinalNumber = ack.FinalNumber, Code = ack.Error?.Code, AckedAt = clock.GetUtcNow(),
    };
}
