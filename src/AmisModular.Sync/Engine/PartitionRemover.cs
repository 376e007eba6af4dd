using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Protocol.Pull;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Engine;

/// <summary>
/// Scenario 15, one module of the book (a <c>partitionRemoved</c> feed item: the tenant's licence dropped it), applied in
/// the page's ONE local transaction, as a chief accountant would want it:
/// <list type="bullet">
/// <item>posted vouchers stay: they are in the general ledger, and a licence change must not move the trial balance
/// or destroy the company's accounting records (Luật Kế toán: chứng từ are kept for years). They are posted, so
/// they cannot be edited; what cannot sync any more is only shown.</item>
/// <item>drafts the server already holds (nothing unsynced) are purged through the adapter: they are not in the books,
/// the cloud keeps them, and they could never be finished here.</item>
/// <item>documents with unsynced changes stay (this device holds the only copy), and their pending outbox rows are
/// parked with a reason; they are then sent as skips, so the seqs stay contiguous and nothing retries forever.</item>
/// </list>
/// Pulled changes of the module held here (refused earlier) are dropped. A notice records the removal for the shell and the tray. Core cannot be removed (it is always licensed), and an
/// item for it is ignored, whoever sent it.
/// </summary>
internal sealed class PartitionRemover(SyncAdapters adapters, TimeProvider clock)
{
    public async Task RemoveModuleAsync(IUnitOfWork unit, SyncCredential credential, ChangeItem item, CancellationToken cancellationToken)
    {
        var state = unit.Context<SyncStateDbContext>();
        var module = item.Module;
        if (module is "core" or SyncNotice.WholeBook || await state.Notices.AnyAsync(
                n => n.BookId == credential.BookId && n.Kind == SyncNotice.PartitionRemoved && n.ServerSeq == item.ServerSeq, cancellationToken))
        {
            return;
        }

        // Changes of the module held here came from the server's copy, which the removal withdraws: never applied later.
        state.InboundRejections.RemoveRange(await state.InboundRejections.Where(r => r.BookId == credential.BookId && r.Module == module).ToListAsync(cancellationToken));
        var parked = await ParkPendingAsync(unit.Context<OutboxDbContext>(), credential.DeviceId, module, cancellationToken);
        var unsynced = await unit.Context<OutboxDbContext>().Outbox.Where(m => m.DeviceId == credential.DeviceId && m.Module == module && m.State != OutboxState.Acked)
            .Select(m => m.DocumentId).Distinct().ToListAsync(cancellationToken);
        var (purged, kept) = adapters.Find(module) is { } adapter
            ? await PurgeDraftsAsync(adapter, [.. unsynced], cancellationToken)
            : (0, 0);
        var message = $"Phân hệ {module} đã bị thu hồi khỏi sổ này (giấy phép không còn phân hệ này): {purged} chứng từ nháp đã có trên máy chủ được xóa khỏi máy, "
            + $"{kept} chứng từ đã ghi sổ hoặc chưa đồng bộ được giữ lại (chỉ xem), {parked} thay đổi chưa gửi được giữ lại. / "
            + $"Module {module} was removed from this book (the licence no longer includes it): {purged} drafts the server holds were removed from this device, "
            + $"{kept} posted or unsynced documents are kept (view only), {parked} unsent changes are kept.";
        state.Notices.Add(new SyncNotice
        {
            Id = Guid.CreateVersion7(), BookId = credential.BookId, Kind = SyncNotice.PartitionRemoved, Module = module, Message = message,
            ServerSeq = item.ServerSeq, CreatedAt = clock.GetUtcNow(),
        });
    }

    /// <summary>The module's pending rows: parked with a reason a person can read (they are later sent as skips).</summary>
    private static async Task<int> ParkPendingAsync(OutboxDbContext outbox, Guid deviceId, string module, CancellationToken cancellationToken)
    {
        var pending = await outbox.Outbox.Where(m => m.DeviceId == deviceId && m.Module == module && m.State == OutboxState.Pending).ToListAsync(cancellationToken);
        foreach (var row in pending)
        {
            (row.State, row.Reason) = (OutboxState.Parked,
                $"[{RejectionCodes.PartitionRemoved}] Phân hệ {module} đã bị thu hồi khỏi sổ này; thay đổi được giữ trên máy, không gửi lên máy chủ. / "
                + $"Module {module} was removed from this book; the change is kept on this device and not sent.");
        }

        await outbox.SaveChangesAsync(cancellationToken);
        return pending.Count;
    }

    private static async Task<(int Purged, int Kept)> PurgeDraftsAsync(ISyncAdapter adapter, HashSet<Guid> unsynced, CancellationToken cancellationToken)
    {
        // Listed first, then removed: the adapter's reader is not kept open while its rows are deleted.
        var documents = new List<SyncDocumentVersion>();
        await foreach (var document in adapter.ListAsync(cancellationToken))
        {
            documents.Add(document);
        }

        int purged = 0, kept = 0;
        foreach (var document in documents)
        {
            var current = unsynced.Contains(document.DocumentId) ? null : await adapter.ExportAsync(document.DocumentId, cancellationToken);
            if (current is null || current.Operation == SyncOperation.Post)
            {
                kept += current is null && !unsynced.Contains(document.DocumentId) ? 0 : 1;
                continue;
            }

            var removal = new SyncDocument(adapter.ModuleId, document.DocumentType, adapter.SchemaVersion, document.DocumentId, document.Version + 1, SyncOperation.Delete, "{}");
            var result = await adapter.ReplaceWithServerCopyAsync(removal, cancellationToken);
            (purged, kept) = result.Outcome == SyncApplyOutcome.Applied ? (purged + 1, kept) : (purged, kept + 1);
        }

        return (purged, kept);
    }
}
