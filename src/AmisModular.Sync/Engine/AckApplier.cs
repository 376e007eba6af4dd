using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Engine;

/// <summary>
/// Applies one push answer in ONE local transaction: accepted/duplicate → acked (serverSeq, version, number kept);
/// conflict, or rejected with a server copy (immutable, voided) → parked, local copy saved as a conflict copy, the
/// server copy written through the module's adapter; other rejections → parked with the reason; deferred → stays queued. Pending later changes of a refused document are
/// parked too (causal dependents) and later sent as skips so the seqs stay contiguous. An answer that only accepts
/// (the common case) takes the set-based <see cref="AcceptedAcks"/> path.
/// </summary>
internal sealed class AckApplier(IStore store, SyncAdapters adapters, TimeProvider clock)
{
    private readonly DraftRenumberer renumberer = new(adapters, clock);

    public Task<(int Acked, int Parked, int Deferred)> ApplyAsync(Guid deviceId, IReadOnlyList<MutationAck> acks, CancellationToken cancellationToken) =>
        ApplyAsync(deviceId, Guid.Empty, acks, cancellationToken);

    /// <summary>
    /// Off in tests only, which compare the set-based path for all-accepted answers with the general one on the same
    /// answer and store.
    /// </summary>
    internal bool AcceptedFastPath { get; init; } = true;

    /// <param name="bookId">The credential's book, for the notices (a renumbered draft).</param>
    public async Task<(int Acked, int Parked, int Deferred)> ApplyAsync(Guid deviceId, Guid bookId, IReadOnlyList<MutationAck> acks, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        using var enlisted = AmbientUnitOfWork.Enlist(store, unit);
        var acked = AcceptedFastPath ? await AcceptedAcks.TryApplyAsync(unit, deviceId, acks, clock, cancellationToken) : null;
        var result = acked is { } count ? (count, 0, 0) : await ApplyEachAsync(unit, deviceId, bookId, acks, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The general path: every ack on its tracked outbox row (mixed answers, refusals, renumbering, known acks).</summary>
    private async Task<(int Acked, int Parked, int Deferred)> ApplyEachAsync(
        IUnitOfWork unit, Guid deviceId, Guid bookId, IReadOnlyList<MutationAck> acks, CancellationToken cancellationToken)
    {
        var outbox = unit.Context<OutboxDbContext>();
        var state = unit.Context<SyncStateDbContext>();
        var seqs = acks.Select(a => a.Seq).ToList();
        var rows = await outbox.Outbox.Where(m => m.DeviceId == deviceId && seqs.Contains(m.Seq)).ToDictionaryAsync(m => m.Seq, cancellationToken);
        var known = await state.Acks.Where(a => a.DeviceId == deviceId && seqs.Contains(a.Seq)).ToDictionaryAsync(a => a.Seq, cancellationToken);
        var refused = new HashSet<Guid>();
        var collisions = new List<(OutboxMessage Row, MutationAck Ack)>();
        int acked = 0, parked = 0, deferred = 0;
        foreach (var ack in acks)
        {
            if (!rows.TryGetValue(ack.Seq, out var row))
            {
                continue;
            }

            if (ack.Status == AckStatus.Deferred)
            {
                (row.State, row.Reason) = (OutboxState.Pending, ack.Error?.Message);
                deferred++;
                continue;
            }

            Record(state, known, deviceId, ack);
            if (ack.Status is AckStatus.Accepted or AckStatus.Duplicate)
            {
                (row.State, row.Reason) = (OutboxState.Acked, null);
                acked++;
                continue;
            }

            if (row.State == OutboxState.Parked && row.Reason?.StartsWith($"[{RejectionCodes.Settled}]", StringComparison.Ordinal) == true)
            {
                // Settled by a person before the server had answered this seq (sent as a skip to keep seqs contiguous):
                // now answered, it is done; the person's decision stays as the reason.
                row.State = OutboxState.Acked;
                acked++;
                continue;
            }

            if (row.State == OutboxState.Parked && (row.Reason?.StartsWith($"[{RejectionCodes.PartitionRemoved}]", StringComparison.Ordinal) == true
                                                   || row.Reason?.StartsWith($"[{RejectionCodes.Renumbered}]", StringComparison.Ordinal) == true))
            {
                // The server's answer to a skip this device sent (a removed partition, a change superseded by a renumbered
                // resend): the local reason stays.
                parked++;
                continue;
            }

            refused.Add(row.DocumentId);
            if (DraftRenumberer.IsCandidate(ack, row))
            {
                // Decided after the batch (renumbered, or parked for review), once later changes of it are parked.
                collisions.Add((row, ack));
                continue;
            }

            parked++;
            (row.State, row.Reason) = (OutboxState.Parked, $"[{ack.Error?.Code}] {ack.Error?.Message}");
            state.ConflictCopies.Add(new ConflictCopy
            {
                Id = Guid.CreateVersion7(), DocumentId = row.DocumentId, Seq = row.Seq, Module = row.Module, DocumentType = row.DocumentType,
                LocalPayload = row.Payload, ServerVersion = ack.ServerCopy?.Version, ServerPayload = ack.ServerCopy?.Payload,
                Code = ack.Error?.Code ?? ack.Status.ToString(), Reason = ack.Error?.Message ?? "", CreatedAt = clock.GetUtcNow(),
            });
            if (ack.ServerCopy is { } copy && adapters.Find(copy.Module) is { } adapter)
            {
                await adapter.ReplaceWithServerCopyAsync(new SyncDocument(copy.Module, copy.DocumentType, copy.SchemaVersion, row.DocumentId, copy.Version,
                    SyncOperations.Parse(copy.Operation), copy.Payload ?? "{}"), cancellationToken);
            }
        }

        parked += await ParkDependentsAsync(outbox, deviceId, refused, seqs.Count == 0 ? 0 : seqs.Max(), cancellationToken);
        foreach (var (row, ack) in collisions)
        {
            if (!await renumberer.TryAsync(state, outbox, bookId, row, cancellationToken))
            {
                parked++;
                (row.State, row.Reason) = (OutboxState.Parked, $"[{ack.Error?.Code}] {ack.Error?.Message}");
                state.ConflictCopies.Add(CopyOf(row, ack));
            }
        }

        return (acked, parked, deferred);
    }

    private ConflictCopy CopyOf(OutboxMessage row, MutationAck ack) => new()
    {
        Id = Guid.CreateVersion7(), DocumentId = row.DocumentId, Seq = row.Seq, Module = row.Module, DocumentType = row.DocumentType,
        LocalPayload = row.Payload, ServerVersion = ack.ServerCopy?.Version, ServerPayload = ack.ServerCopy?.Payload,
        Code = ack.Error?.Code ?? ack.Status.ToString(), Reason = ack.Error?.Message ?? "", CreatedAt = clock.GetUtcNow(),
    };

    private void Record(SyncStateDbContext state, Dictionary<long, SyncAckRecord> known, Guid deviceId, MutationAck ack)
    {
        if (!known.TryGetValue(ack.Seq, out var record))
        {
            record = SyncAckRecord.Of(deviceId, ack, clock.GetUtcNow());
            state.Acks.Add(record);
            known.Add(ack.Seq, record);
            return;
        }

        record.Take(ack, clock.GetUtcNow());
    }

    private static async Task<int> ParkDependentsAsync(OutboxDbContext outbox, Guid deviceId, HashSet<Guid> refused, long after, CancellationToken cancellationToken)
    {
        if (refused.Count == 0)
        {
            return 0;
        }

        var dependents = await outbox.Outbox
            .Where(m => m.DeviceId == deviceId && m.State == OutboxState.Pending && m.Seq > after && refused.Contains(m.DocumentId))
            .ToListAsync(cancellationToken);
        foreach (var row in dependents)
        {
            (row.State, row.Reason) = (OutboxState.Parked, $"[{RejectionCodes.DependencyParked}] Thay đổi trước của chứng từ này bị từ chối. / An earlier change of this voucher was refused.");
        }

        return dependents.Count;
    }
}
