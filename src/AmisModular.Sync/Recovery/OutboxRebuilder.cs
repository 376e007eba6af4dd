using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Json;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol.Recovery;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Recovery;

/// <summary>
/// Rebuilds the outbox for a new device epoch in ONE local transaction (a crash leaves the old outbox as it was):
/// for every document the server lost, mutations that bring the server's copy from its version up to the local one,
/// then the rows still open (pending, and parked rows the server never answered), renumbered after them in their
/// original seq order. A lost document is re-pushed from this device's own acked rows when they form the whole chain
/// of versions (the outbox keeps acked rows for this), else from the local copy (<c>ExportAsync</c>), once per
/// missing version so the versions on both sides end equal. The new seqs continue after the highest seq ever used, in
/// a new epoch the server starts inside this transaction, so no (device, epoch, seq) key is ever reused.
/// </summary>
internal sealed class OutboxRebuilder(IStore store, SyncApiClient api, SyncAdapters adapters, TimeProvider clock)
{
    public async Task<(int Requeued, int Epoch)> RebuildAsync(SyncCredential credential, IReadOnlyList<LostDocument> lost, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        using var enlisted = AmbientUnitOfWork.Enlist(store, unit);
        var outbox = unit.Context<OutboxDbContext>();
        var state = unit.Context<SyncStateDbContext>();
        var device = credential.DeviceId;
        var lastSeq = await outbox.Outbox.Where(m => m.DeviceId == device).MaxAsync(m => (long?)m.Seq, cancellationToken) ?? 0;
        var carried = await OpenRowsAsync(outbox, state, device, cancellationToken);
        var history = await AckedRowsAsync(outbox, device, [.. lost.Select(d => d.DocumentId)], cancellationToken);
        var pendingByDocument = carried.Where(r => r.State == OutboxState.Pending).ToLookup(r => r.DocumentId);
        var requeued = new List<OutboxMessage>();
        var documents = 0;
        foreach (var document in CausalOrder.Sort(lost))
        {
            var pending = pendingByDocument[document.DocumentId].ToList();
            var upTo = pending.Count > 0 ? pending[0].BaseVersion : document.LocalVersion;
            var rows = await ReplayAsync(document, upTo, history.GetValueOrDefault(document.DocumentId) ?? [], pending.Count > 0, cancellationToken);
            requeued.AddRange(rows);
            documents += rows.Count > 0 ? 1 : 0;
        }

        var epoch = await api.StartDeviceEpochAsync(credential.Token, new DeviceEpochRequest(credential.Epoch, lastSeq), cancellationToken);
        var seq = lastSeq;
        foreach (var row in requeued)
        {
            row.Seq = ++seq;
            outbox.Outbox.Add(row);
        }

        foreach (var row in carried)
        {
            outbox.Outbox.Remove(row);
            outbox.Outbox.Add(Copy(row, row.BaseVersion, row.State, row.Reason, ++seq));
        }

        var stored = await state.Credentials.FirstAsync(c => c.DeviceId == device, cancellationToken);
        stored.Epoch = epoch.Epoch;
        await state.Cursors.Where(c => c.BookId == credential.BookId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Cursor, 0L).SetProperty(c => c.HighWater, 0L), cancellationToken);
        // A snapshot install left unfinished belongs to the server before the restore: resuming it would move the cursor
        // to that server's numbering. The re-pull fetches a snapshot of the restored one.
        await state.SnapshotInstalls.Where(i => i.BookId == credential.BookId && i.FinishedAt == null).ExecuteDeleteAsync(cancellationToken);
        await state.SnapshotDocuments.ExecuteDeleteAsync(cancellationToken);
        var recovery = await state.Recoveries.FirstAsync(r => r.DeviceId == device, cancellationToken);
        (recovery.Step, recovery.Requeued, recovery.UpdatedAt) = (RestoreRecoveryStep.Repull, documents, clock.GetUtcNow());
        await unit.CommitAsync(cancellationToken);
        return (documents, epoch.Epoch);
    }

    /// <summary>Pending rows and parked rows the server never answered (they go as skips): they move into the new epoch.</summary>
    private static async Task<List<OutboxMessage>> OpenRowsAsync(OutboxDbContext outbox, SyncStateDbContext state, Guid device, CancellationToken cancellationToken)
    {
        var open = await outbox.Outbox.Where(m => m.DeviceId == device && m.State != OutboxState.Acked).OrderBy(m => m.Seq).ToListAsync(cancellationToken);
        var parked = open.Where(r => r.State == OutboxState.Parked).Select(r => r.Seq).ToList();
        var answered = parked.Count == 0 ? [] : (await state.Acks.Where(a => a.DeviceId == device && parked.Contains(a.Seq)).Select(a => a.Seq).ToListAsync(cancellationToken)).ToHashSet();
        return [.. open.Where(r => r.State == OutboxState.Pending || !answered.Contains(r.Seq))];
    }

    private static async Task<Dictionary<Guid, List<OutboxMessage>>> AckedRowsAsync(OutboxDbContext outbox, Guid device, List<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = new List<OutboxMessage>();
        foreach (var chunk in ids.Chunk(500))
        {
            rows.AddRange(await outbox.Outbox.AsNoTracking()
                .Where(m => m.DeviceId == device && m.State == OutboxState.Acked && chunk.Contains(m.DocumentId)).ToListAsync(cancellationToken));
        }

        return rows.GroupBy(r => r.DocumentId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Seq).ToList());
    }

    /// <summary>The mutations that take the server's copy from its version to <paramref name="upTo"/>.</summary>
    private async Task<List<OutboxMessage>> ReplayAsync(LostDocument document, long upTo, List<OutboxMessage> acked, bool pendingFollows, CancellationToken cancellationToken)
    {
        if (document.ServerVersion >= upTo)
        {
            return [];
        }

        // This device's own acked changes, one per version (the latest row if a version was pushed twice, e.g. after an earlier restore).
        var byBase = acked.GroupBy(r => r.BaseVersion).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Seq)!);
        var chain = new List<OutboxMessage>();
        for (var version = document.ServerVersion; version < upTo && byBase.TryGetValue(version, out var row); version++)
        {
            chain.Add(Copy(row, row.BaseVersion, OutboxState.Pending, null, 0));
        }

        if (chain.Count == upTo - document.ServerVersion)
        {
            return chain;
        }

        if (document.Removed)
        {
            // The local copy is gone: the last removal, on top of whatever version the server still has.
            return acked.LastOrDefault(r => r.Operation is "void" or "delete") is { } removal
                ? [Copy(removal, document.ServerVersion, OutboxState.Pending, null, 0)]
                : [];
        }

        return await BridgeAsync(document, upTo, pendingFollows, cancellationToken);
    }

    /// <summary>
    /// No own chain (another device's document, or pruned history): the local copy, once per missing version, the last
    /// with the copy's own operation (post for a posted voucher) unless this device's pending changes follow.
    /// </summary>
    private async Task<List<OutboxMessage>> BridgeAsync(LostDocument document, long upTo, bool pendingFollows, CancellationToken cancellationToken)
    {
        if (adapters.Find(document.Module) is not { } adapter || await adapter.ExportAsync(document.DocumentId, cancellationToken) is not { } copy)
        {
            return [];
        }

        var payload = CanonicalJson.Canonicalize(copy.PayloadJson);
        var hash = CanonicalJson.Sha256Hex(payload);
        var rows = new List<OutboxMessage>();
        for (var version = document.ServerVersion; version < upTo; version++)
        {
            var last = version == upTo - 1 && !pendingFollows;
            rows.Add(new OutboxMessage
            {
                DeviceId = store.Options.DeviceId, DocumentId = copy.DocumentId, Module = copy.ModuleId, SchemaVersion = copy.SchemaVersion,
                DocumentType = copy.DocumentType, Operation = (last ? copy.Operation : SyncOperation.Upsert).ToString().ToLowerInvariant(),
                BaseVersion = version, Payload = payload, PayloadHash = hash, State = OutboxState.Pending, CreatedAt = clock.GetUtcNow(),
            });
        }

        return rows;
    }

    private static OutboxMessage Copy(OutboxMessage row, long baseVersion, OutboxState state, string? reason, long seq) => new()
    {
        DeviceId = row.DeviceId, Seq = seq, DocumentId = row.DocumentId, Module = row.Module, SchemaVersion = row.SchemaVersion,
        DocumentType = row.DocumentType, Operation = row.Operation, BaseVersion = baseVersion, LocalNumber = row.LocalNumber,
        Payload = row.Payload, PayloadHash = row.PayloadHash, State = state, Reason = reason, CreatedAt = row.CreatedAt,
    };
}
