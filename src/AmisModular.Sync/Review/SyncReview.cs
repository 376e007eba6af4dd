using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Review;

/// <summary>
/// The user's side of conflicts and parked changes (sync-protocol.md, CONFLICT and scenarios 8, 9, 17): lists them and
/// settles one document at a time, each in ONE local transaction on the shared store (document through its module's
/// adapter, outbox rows, conflict copies, and the audit notice: who did what, when). The shell owns the settling, not
/// the sync host: it is where the user is (the audit needs who), it works while the host is stopped, and it already
/// writes documents and outbox rows to this store; SQLite's write lock orders it with the host's ack transactions.
/// Parked rows the server has answered become acked; one it has not answered yet stays parked, marked settled, so the
/// pusher still sends it as a skip (seqs stay contiguous) and its answer then acks it.
/// </summary>
public sealed class SyncReview(IStore store, SyncAdapters adapters, TimeProvider clock)
{
    public async Task<SyncReviewList> ListAsync(CancellationToken cancellationToken)
    {
        var (copies, open, answeredPayloads) = await ReadAsync(cancellationToken);
        var conflicts = copies.Where(c => c.ServerVersion is not null).GroupBy(c => c.DocumentId)
            .Select(g => Conflict(g.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).First(), open))
            .OrderByDescending(c => c.CreatedAt).ToList();
        var conflicting = conflicts.Select(c => c.DocumentId).ToHashSet();
        var parked = new List<ParkedChange>();
        foreach (var rows in open.Where(r => !conflicting.Contains(r.DocumentId)).GroupBy(r => r.DocumentId))
        {
            parked.Add(await ParkedAsync([.. rows.OrderBy(r => r.Seq)], answeredPayloads, cancellationToken));
        }

        return new SyncReviewList(conflicts, [.. parked.OrderByDescending(p => p.CreatedAt)]);
    }

    /// <summary>Keep the server's version: this store holds it (written again if need be) and the local copy is dropped.</summary>
    public Task<string> KeepServerAsync(Guid documentId, string actor, CancellationToken cancellationToken) =>
        SettleAsync(documentId, actor, async (unit, ctx) =>
        {
            var copy = ctx.Conflict ?? throw NoConflict(documentId);
            if (ctx.Pending.Count == 0 && ctx.Adapter is { } adapter && await adapter.ExportAsync(documentId, cancellationToken) is var local
                && (local is null ? copy.ServerPayload is not null : local.Version <= copy.ServerVersion))
            {
                // The adapter may have refused the server copy at conflict time; make sure this store holds it now.
                await ReplaceAsync(adapter, ServerDocument(copy, adapter), cancellationToken);
            }

            return ("đã giữ bản trên máy chủ của", "kept the server's version of");
        }, cancellationToken);

    /// <summary>
    /// Keep mine: the local copy becomes the document again and is queued as a new version over the server's (baseVersion
    /// = the server's version), so it syncs like any edit. Refused when the server's version is posted (a posted voucher
    /// is corrected by reversal) or voided (a void beats an edit), or while later changes of it wait to upload.
    /// </summary>
    public Task<string> KeepMineAsync(Guid documentId, string actor, CancellationToken cancellationToken) =>
        SettleAsync(documentId, actor, async (unit, ctx) =>
        {
            var copy = ctx.Conflict ?? throw NoConflict(documentId);
            if (KeepMineRefusal(copy) is { } refusal)
            {
                throw new SyncReviewRefusedException("status", copy.Code, refusal);
            }

            RefuseWhilePending(ctx);
            var adapter = ctx.Adapter ?? throw NotInstalled(copy.Module);
            var latest = ctx.Parked.LastOrDefault(r => r.Seq >= copy.Seq);
            var local = await adapter.ExportAsync(documentId, cancellationToken);
            var baseVersion = Math.Max(local?.Version ?? 0, copy.ServerVersion ?? 0);
            var mine = new SyncDocument(copy.Module, copy.DocumentType, latest?.SchemaVersion ?? adapter.SchemaVersion, documentId, baseVersion + 1,
                latest is null ? SyncOperation.Upsert : Operation(latest.Operation), latest?.Payload ?? copy.LocalPayload);
            await ReplaceAsync(adapter, mine, cancellationToken);
            var written = await adapter.ExportAsync(documentId, cancellationToken)
                ?? throw new SyncReviewRefusedException("documentId", "missing", "Phân hệ không ghi được bản của máy này. / The module did not write the local version.");
            await unit.Outbox.AddAsync(written, baseVersion, DocumentFacts.From(written.PayloadJson, latest?.LocalNumber).Number, cancellationToken);
            return ("đã giữ bản của máy này (gửi lại đè lên bản máy chủ) cho", "kept this device's version (sent again over the server's) of");
        }, cancellationToken);

    /// <summary>
    /// Open a refused draft for correction: its version goes back to the one the server holds, so the corrected save
    /// is queued on it and syncs; the refused changes are settled. Refused for a posted document (reversal instead).
    /// </summary>
    public Task<string> OpenForCorrectionAsync(Guid documentId, string actor, CancellationToken cancellationToken) =>
        SettleAsync(documentId, actor, async (unit, ctx) =>
        {
            var first = ctx.Parked.FirstOrDefault() ?? throw NoParked(documentId);
            RefuseWhilePending(ctx);
            var adapter = ctx.Adapter ?? throw NotInstalled(first.Module);
            var local = await adapter.ExportAsync(documentId, cancellationToken)
                ?? throw new SyncReviewRefusedException("documentId", "missing", "Chứng từ không còn trên máy này. / The document no longer exists on this device.");
            if (local.Operation != SyncOperation.Upsert)
            {
                throw new SyncReviewRefusedException("status", RejectionCodes.Immutable,
                    "Chứng từ đã ghi sổ không sửa được; hãy bỏ thay đổi hoặc lập chứng từ đảo. / A posted document cannot be edited; discard the change or record a reversal.");
            }

            if (local.Version != first.BaseVersion)
            {
                await ReplaceAsync(adapter, local with { Version = first.BaseVersion }, cancellationToken);
            }

            return ("đã mở để sửa", "opened for correction");
        }, cancellationToken);

    /// <summary>
    /// Discard the local change: the document goes back to the server's version (or away, when the server never had
    /// it), through its module, which takes its journal entries off this device's ledger with it.
    /// </summary>
    public Task<string> DiscardAsync(Guid documentId, string actor, CancellationToken cancellationToken) =>
        SettleAsync(documentId, actor, async (unit, ctx) =>
        {
            var first = ctx.Parked.FirstOrDefault() ?? throw NoParked(documentId);
            RefuseWhilePending(ctx);
            var adapter = ctx.Adapter ?? throw NotInstalled(first.Module);
            var local = await adapter.ExportAsync(documentId, cancellationToken);
            if (first.BaseVersion == 0)
            {
                if (local is not null)
                {
                    await ReplaceAsync(adapter, local with { Operation = SyncOperation.Delete, PayloadJson = "{}" }, cancellationToken);
                }
            }
            else
            {
                var server = ServerVersionOf(first, ctx.Copies, ctx.AnsweredPayloads) ?? throw UnknownServerVersion(first.BaseVersion);
                await ReplaceAsync(adapter, server with { SchemaVersion = Math.Min(server.SchemaVersion, adapter.SchemaVersion) }, cancellationToken);
            }

            return ("đã bỏ thay đổi bị từ chối của", "discarded the refused change of");
        }, cancellationToken);

    private async Task<string> SettleAsync(
        Guid documentId, string actor, Func<IUnitOfWork, SettleContext, Task<(string Vi, string En)>> act, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var unit = await store.BeginAsync(cancellationToken);
        using var enlisted = AmbientUnitOfWork.Enlist(store, unit);
        var context = await LoadAsync(unit, documentId, cancellationToken);
        var (vi, en) = await act(unit, context);
        var name = $"{context.DocumentType} {context.Number}".Trim();
        var note = $"{actor} {vi} {name}. / {actor} {en} {name}.";
        await MarkSettledAsync(unit, context.Parked, note, cancellationToken);
        var state = unit.Context<SyncStateDbContext>();
        state.ConflictCopies.RemoveRange(context.Copies);
        state.Notices.Add(new SyncNotice
        {
            Id = Guid.CreateVersion7(), BookId = await state.Credentials.Select(c => c.BookId).FirstOrDefaultAsync(cancellationToken),
            Kind = SyncNotice.Settled, Module = context.Module, DocumentId = documentId, OldNumber = context.Number, Message = note, CreatedAt = clock.GetUtcNow(),
        });
        await unit.CommitAsync(cancellationToken);
        return note;
    }

    private async Task<SettleContext> LoadAsync(IUnitOfWork unit, Guid documentId, CancellationToken cancellationToken)
    {
        var device = store.Options.DeviceId;
        var copies = await unit.Context<SyncStateDbContext>().ConflictCopies.Where(c => c.DocumentId == documentId).ToListAsync(cancellationToken);
        var rows = await unit.Context<OutboxDbContext>().Outbox
            .Where(m => m.DeviceId == device && m.DocumentId == documentId && m.State != OutboxState.Acked).OrderBy(m => m.Seq).ToListAsync(cancellationToken);
        var parked = rows.Where(IsOpen).ToList();
        var conflict = copies.Where(c => c.ServerVersion is not null).OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).FirstOrDefault();
        if (parked.Count == 0 && conflict is null)
        {
            throw new SyncReviewRefusedException("documentId", "nothing-to-settle",
                "Chứng từ này không còn xung đột hay thay đổi bị từ chối (có thể đã được xử lý). / This document has no conflict or refused change left (it may have been settled already).");
        }

        var module = conflict?.Module ?? parked[0].Module;
        var answered = await AnsweredPayloadsAsync(unit.Context<OutboxDbContext>(), device, [documentId], cancellationToken);
        var latest = parked.LastOrDefault()?.Payload ?? conflict?.LocalPayload;
        return new SettleContext(module, conflict?.DocumentType ?? parked[0].DocumentType, DocumentFacts.From(latest, parked.LastOrDefault()?.LocalNumber).Number,
            adapters.Find(module), conflict, copies, parked, [.. rows.Where(r => r.State == OutboxState.Pending)], answered);
    }

    /// <summary>Answered rows are done (acked, with the person's decision as reason); unanswered ones still go as skips.</summary>
    private async Task MarkSettledAsync(IUnitOfWork unit, IReadOnlyList<OutboxMessage> rows, string note, CancellationToken cancellationToken)
    {
        var device = store.Options.DeviceId;
        var seqs = rows.Select(r => r.Seq).ToList();
        var answered = (await unit.Context<SyncStateDbContext>().Acks.Where(a => a.DeviceId == device && seqs.Contains(a.Seq)).Select(a => a.Seq)
            .ToListAsync(cancellationToken)).ToHashSet();
        foreach (var row in rows)
        {
            row.Reason = $"[{RejectionCodes.Settled}] {note}";
            row.State = answered.Contains(row.Seq) ? OutboxState.Acked : OutboxState.Parked;
        }
    }

    private async Task<(List<ConflictCopy> Copies, List<OutboxMessage> Open, Dictionary<(Guid, long), OutboxMessage> Answered)> ReadAsync(CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var device = store.Options.DeviceId;
        var copies = await unit.Context<SyncStateDbContext>().ConflictCopies.AsNoTracking().ToListAsync(cancellationToken);
        var parked = await unit.Context<OutboxDbContext>().Outbox.AsNoTracking()
            .Where(m => m.DeviceId == device && m.State == OutboxState.Parked).OrderBy(m => m.Seq).ToListAsync(cancellationToken);
        var open = parked.Where(IsOpen).ToList();
        var answered = await AnsweredPayloadsAsync(unit.Context<OutboxDbContext>(), device, [.. open.Select(r => r.DocumentId).Distinct()], cancellationToken);
        return (copies, open, answered);
    }

    /// <summary>This device's accepted changes of the documents, by (document, version they made): the server's version when this device made it.</summary>
    private static async Task<Dictionary<(Guid, long), OutboxMessage>> AnsweredPayloadsAsync(
        OutboxDbContext outbox, Guid device, List<Guid> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return [];
        }

        var rows = await outbox.Outbox.AsNoTracking()
            .Where(m => m.DeviceId == device && m.State == OutboxState.Acked && documents.Contains(m.DocumentId))
            .ToListAsync(cancellationToken);
        // Accepted as sent: a row acked with a reason (renumbered, settled) did not make a server version as it reads.
        return rows.Where(r => r.Reason is null).GroupBy(r => (r.DocumentId, r.BaseVersion + 1)).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Seq).First());
    }

    private static DocumentConflict Conflict(ConflictCopy copy, List<OutboxMessage> open)
    {
        var latest = open.LastOrDefault(r => r.DocumentId == copy.DocumentId && r.Seq >= copy.Seq);
        var mine = latest?.Payload ?? copy.LocalPayload;
        return new DocumentConflict(copy.DocumentId, copy.Module, copy.DocumentType, copy.Code, copy.Reason, copy.CreatedAt, copy.ServerVersion,
            DocumentFacts.From(mine, latest?.LocalNumber), DocumentFacts.From(copy.ServerPayload), copy.ServerPayload is null,
            PayloadFields.Compare(mine, copy.ServerPayload), KeepMineRefusal(copy));
    }

    private async Task<ParkedChange> ParkedAsync(List<OutboxMessage> rows, Dictionary<(Guid, long), OutboxMessage> answered, CancellationToken cancellationToken)
    {
        var first = rows[0];
        var (rule, message) = RejectionFields.Split(first.Reason);
        var facts = DocumentFacts.From(rows[^1].Payload, rows[^1].LocalNumber);
        var adapter = adapters.Find(first.Module);
        var local = adapter is null ? null : await adapter.ExportAsync(first.DocumentId, cancellationToken);
        var posted = local is { Operation: not SyncOperation.Upsert };
        string effect;
        string? refusal = adapter is null ? NotInstalled(first.Module).Message : null;
        if (first.BaseVersion == 0)
        {
            effect = local is null
                ? "Thay đổi bị bỏ; chứng từ không còn trên máy này. / The change is dropped; the document is no longer on this device."
                : posted
                    ? "Chứng từ chưa từng lên máy chủ: bị xóa khỏi máy này, và các bút toán của nó bị gỡ khỏi sổ cái trên máy này (số dư các tài khoản liên quan thay đổi). / The document never reached the server: it is deleted from this device and its journal entries are taken off this device's ledger (the balances of its accounts change)."
                    : "Chứng từ chưa từng lên máy chủ: bản nháp bị xóa khỏi máy này; sổ cái không đổi (chưa ghi sổ). / The document never reached the server: the draft is deleted from this device; the ledger does not change (it was not posted).";
        }
        else if (ServerVersionOf(first, [], answered) is not null)
        {
            effect = $"Chứng từ trở về bản của máy chủ (phiên bản {first.BaseVersion}); sổ cái trên máy này ghi lại theo bản đó. / The document goes back to the server's version ({first.BaseVersion}); this device's ledger follows that version.";
        }
        else
        {
            effect = "";
            refusal ??= UnknownServerVersion(first.BaseVersion).Message;
        }

        return new ParkedChange(first.DocumentId, first.Seq, first.Module, first.DocumentType, first.Operation, rule, RejectionFields.For(rule), message,
            first.CreatedAt, facts, rows.Count - 1, local is not null && !posted, effect, refusal);
    }

    /// <summary>The server's version the refused change was made on: a conflict copy of it, or this device's own accepted change that made it.</summary>
    private static SyncDocument? ServerVersionOf(OutboxMessage first, IReadOnlyList<ConflictCopy> copies, Dictionary<(Guid, long), OutboxMessage> answered)
    {
        if (copies.FirstOrDefault(c => c.ServerVersion == first.BaseVersion && c.ServerPayload is not null) is { } copy)
        {
            return new SyncDocument(copy.Module, copy.DocumentType, first.SchemaVersion, first.DocumentId, first.BaseVersion,
                DocumentFacts.From(copy.ServerPayload).IsPosted ? SyncOperation.Post : SyncOperation.Upsert, copy.ServerPayload!);
        }

        return answered.TryGetValue((first.DocumentId, first.BaseVersion), out var made)
            ? new SyncDocument(made.Module, made.DocumentType, made.SchemaVersion, made.DocumentId, first.BaseVersion, Operation(made.Operation), made.Payload)
            : null;
    }

    private static SyncDocument ServerDocument(ConflictCopy copy, ISyncAdapter adapter) =>
        copy.ServerPayload is null
            ? new SyncDocument(copy.Module, copy.DocumentType, adapter.SchemaVersion, copy.DocumentId, copy.ServerVersion ?? 0, SyncOperation.Delete, "{}")
            : new SyncDocument(copy.Module, copy.DocumentType, adapter.SchemaVersion, copy.DocumentId, copy.ServerVersion ?? 0,
                DocumentFacts.From(copy.ServerPayload).IsPosted ? SyncOperation.Post : SyncOperation.Upsert, copy.ServerPayload);

    private static async Task ReplaceAsync(ISyncAdapter adapter, SyncDocument document, CancellationToken cancellationToken)
    {
        var result = await adapter.ReplaceWithServerCopyAsync(document, cancellationToken);
        if (result.Outcome == SyncApplyOutcome.Rejected)
        {
            // The module's own rules refused it (e.g. a period locked here): nothing of the settling is written.
            throw new SyncReviewRefusedException("payload", "module-rule", result.Reason ?? "");
        }
    }

    /// <summary>Posted vouchers are append-only and a void beats an edit (sync-protocol.md, CONFLICT): mine cannot win those.</summary>
    private static string? KeepMineRefusal(ConflictCopy copy)
    {
        if (copy.Code == RejectionCodes.Voided || copy.ServerPayload is null)
        {
            return "Chứng từ đã bị hủy/xóa trên máy chủ; hủy thắng sửa. Hãy lập chứng từ mới nếu cần. / The document was voided or deleted on the server; a void beats an edit. Record a new document if needed.";
        }

        if (copy.Code == RejectionCodes.Immutable || DocumentFacts.From(copy.ServerPayload).IsPosted)
        {
            return "Bản trên máy chủ đã ghi sổ nên không ghi đè được; hãy lập chứng từ đảo và chứng từ mới. / The server's version is posted and cannot be overwritten; record a reversal and a new document.";
        }

        return null;
    }

    private static void RefuseWhilePending(SettleContext context)
    {
        if (context.Pending.Count > 0)
        {
            throw new SyncReviewRefusedException("documentId", "pending-change",
                "Chứng từ còn thay đổi mới chờ gửi lên máy chủ; hãy đồng bộ rồi xử lý lại. / A newer change of the document waits to upload; sync first, then settle it.");
        }
    }

    /// <summary>Parked rows a person still has to look at: not settled, not superseded by a renumbered resend.</summary>
    private static bool IsOpen(OutboxMessage row) =>
        row.State == OutboxState.Parked
        && row.Reason?.StartsWith($"[{RejectionCodes.Settled}]", StringComparison.Ordinal) != true
        && row.Reason?.StartsWith($"[{RejectionCodes.Renumbered}]", StringComparison.Ordinal) != true;

    private static SyncOperation Operation(string operation) => SyncOperations.Parse(operation);

    private static SyncReviewRefusedException NoConflict(Guid documentId) => new("documentId", "no-conflict",
        $"Chứng từ {documentId} không có bản xung đột với máy chủ. / Document {documentId} has no conflict with the server.");

    private static SyncReviewRefusedException NoParked(Guid documentId) => new("documentId", "no-parked-change",
        $"Chứng từ {documentId} không có thay đổi bị từ chối. / Document {documentId} has no refused change.");

    private static SyncReviewRefusedException NotInstalled(string module) => new("module", "module-not-installed",
        $"Phân hệ {module} chưa được cài trên máy này. / Module {module} is not installed here.");

    private static SyncReviewRefusedException UnknownServerVersion(long version) => new("version", "server-version-unknown",
        $"Máy này không có bản phiên bản {version} của máy chủ nên không bỏ thay đổi được; hãy mở chứng từ để sửa. / This device does not hold the server's version {version}, so the change cannot be discarded; open the document and correct it.");

    private sealed record SettleContext(
        string Module,
        string DocumentType,
        string? Number,
        ISyncAdapter? Adapter,
        ConflictCopy? Conflict,
        List<ConflictCopy> Copies,
        List<OutboxMessage> Parked,
        List<OutboxMessage> Pending,
        Dictionary<(Guid, long), OutboxMessage> AnsweredPayloads);
}
