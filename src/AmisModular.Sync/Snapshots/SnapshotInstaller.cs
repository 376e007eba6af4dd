using System.IO.Compression;
using System.Text;
using System.Text.Json;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Bulk;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.Protocol.Snapshots;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Snapshots;

/// <summary>
/// Installs a verified snapshot file: streams its rows (memory bounded by one page) and applies them through the
/// modules' adapters in page-sized local transactions, each of which also records the rows done, so an interrupted
/// install resumes after the last committed page. Adapters apply by version, so a local copy that is newer (unsynced
/// work) is kept. Then, on a store that held documents before, local documents the server no longer has — not in the
/// file and with no pending or parked outbox row — are removed the way a pulled tombstone removes them. The book's
/// cursor moves to the snapshot's cursor only in the transaction that finishes the install.
/// </summary>
/// <param name="pageSize">Rows per local transaction (keeps the store usable by the UI between pages).</param>
public sealed class SnapshotInstaller(IStore store, SyncAdapters adapters, TimeProvider clock, int pageSize = 500)
{
    /// <summary>The book's install that was started and not finished, or null.</summary>
    public async Task<SnapshotInstall?> UnfinishedAsync(Guid bookId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await unit.Context<SyncStateDbContext>().SnapshotInstalls.AsNoTracking()
            .FirstOrDefaultAsync(i => i.BookId == bookId && i.FinishedAt == null, cancellationToken);
    }

    /// <param name="file">A file the downloader verified against <paramref name="manifest"/>.</param>
    /// <param name="removeMissing">Remove synced local documents the snapshot lacks (false after a server restore). A
    /// resumed install keeps the choice it was started with.</param>
    public async Task<SnapshotInstallResult> InstallAsync(
        Guid bookId, SnapshotManifest manifest, string file, bool removeMissing, IProgress<SnapshotProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var install = await StartAsync(bookId, manifest, removeMissing, cancellationToken);
        var resumed = install.Applied > 0;
        progress?.Report(new SnapshotProgress(install.SnapshotId, SnapshotPhase.Installing, manifest.Size, manifest.Size, install.Applied, install.Documents));
        await ApplyRowsAsync(install, file, progress, cancellationToken);
        if (install.RemoveMissing)
        {
            progress?.Report(new SnapshotProgress(install.SnapshotId, SnapshotPhase.Reconciling, manifest.Size, manifest.Size, install.Applied, install.Documents));
            await RemoveMissingAsync(install, cancellationToken);
        }

        await FinishAsync(install, cancellationToken);
        progress?.Report(new SnapshotProgress(install.SnapshotId, SnapshotPhase.Done, manifest.Size, manifest.Size, install.Applied, install.Documents));
        return new SnapshotInstallResult(install.SnapshotId, install.Cursor, install.Documents, install.Applied, install.Rejected, install.Removed, resumed);
    }

    /// <summary>Continues this snapshot's unfinished install, or starts it (dropping any other unfinished one of the book).</summary>
    private async Task<SnapshotInstall> StartAsync(Guid bookId, SnapshotManifest manifest, bool removeMissing, CancellationToken cancellationToken)
    {
        // A store that holds no document yet (a new device) can lack nothing the server has: skip the reconcile pass
        // and the per-row bookkeeping it needs. Decided once here and kept by a resumed install, whose own rows are all
        // in the snapshot.
        removeMissing = removeMissing && await HoldsDocumentsAsync(cancellationToken);
        await using var unit = await store.BeginAsync(cancellationToken);
        var state = unit.Context<SyncStateDbContext>();
        var install = await state.SnapshotInstalls.FirstOrDefaultAsync(i => i.SnapshotId == manifest.Id, cancellationToken);
        if (install is { FinishedAt: null })
        {
            return install;
        }

        state.SnapshotInstalls.RemoveRange(await state.SnapshotInstalls.Where(i => i.BookId == bookId && i.FinishedAt == null).ToListAsync(cancellationToken));
        await state.SnapshotDocuments.ExecuteDeleteAsync(cancellationToken);
        if (install is null)
        {
            state.SnapshotInstalls.Add(install = new SnapshotInstall { SnapshotId = manifest.Id });
        }

        (install.BookId, install.Cursor, install.Sha256, install.Documents, install.Applied) = (bookId, manifest.Cursor, manifest.Sha256, manifest.Documents, 0);
        (install.Rejected, install.Removed, install.RemoveMissing, install.StartedAt, install.FinishedAt) = (0, 0, removeMissing, clock.GetUtcNow(), null);
        await unit.CommitAsync(cancellationToken);
        return install;
    }

    private async Task<bool> HoldsDocumentsAsync(CancellationToken cancellationToken)
    {
        foreach (var adapter in adapters.All)
        {
            await foreach (var _ in adapter.ListAsync(cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private async Task ApplyRowsAsync(SnapshotInstall install, string file, IProgress<SnapshotProgress>? progress, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var size = stream.Length;
        long row = 0;
        var page = new List<SnapshotRow>(pageSize);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0 || row++ < install.Applied)
            {
                continue;
            }

            page.Add(JsonSerializer.Deserialize<SnapshotRow>(line, ProtocolJson.Options)
                     ?? throw new SnapshotCorruptException($"Dòng {row} của bản chụp rỗng. / Line {row} of the snapshot is empty."));
            if (page.Count == pageSize)
            {
                await ApplyPageAsync(install, page, cancellationToken);
                page.Clear();
                progress?.Report(new SnapshotProgress(install.SnapshotId, SnapshotPhase.Installing, size, size, install.Applied, install.Documents));
            }
        }

        if (page.Count > 0)
        {
            await ApplyPageAsync(install, page, cancellationToken);
            progress?.Report(new SnapshotProgress(install.SnapshotId, SnapshotPhase.Installing, size, size, install.Applied, install.Documents));
        }
    }

    /// <summary>One local transaction: the rows through the adapters (enlisted), their ids, and the rows-done count.</summary>
    private async Task ApplyPageAsync(SnapshotInstall install, List<SnapshotRow> page, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        using var enlisted = AmbientUnitOfWork.Enlist(store, unit);
        var state = unit.Context<SyncStateDbContext>();
        // A document this device removed at the snapshot's version or later stays removed: the snapshot may be older than
        // that removal (served again for a few minutes, or the removal still waits to upload), and with no local row
        // left, applying it would bring the document back.
        var removedHere = await ChangePuller.RemovedHereAsync(unit, [.. page.Select(r => r.DocumentId)], cancellationToken);
        var changes = page.Where(r => !(removedHere.TryGetValue(r.DocumentId, out var removedAt) && r.Version <= removedAt && !MutationOperations.Removes(r.Operation)))
            .Select(PulledChange.From).ToList();
        var results = await adapters.ApplyPulledManyAsync([.. changes.Select(c => c.ToDocument())], cancellationToken);
        var rejected = results.Count(r => r.Outcome == SyncApplyOutcome.Rejected);
        // Refused rows are held whole (tried again at every pull run); the others supersede older held versions.
        var held = await InboundRejectionLog.LoadAsync(state, install.BookId, [.. changes.Select(c => c.DocumentId)], rejected > 0, clock.GetUtcNow(), cancellationToken);
        for (var n = 0; n < changes.Count; n++)
        {
            if (results[n].Outcome == SyncApplyOutcome.Rejected)
            {
                held.Refused(changes[n], results[n].Reason);
            }
            else
            {
                held.Resolved(changes[n].DocumentId, changes[n].Version);
            }
        }

        if (install.RemoveMissing)
        {
            await state.BulkInsertAsync(page.Select(r => new SnapshotDocument { DocumentId = r.DocumentId }), cancellationToken);
        }

        var tracked = await state.SnapshotInstalls.FirstAsync(i => i.SnapshotId == install.SnapshotId, cancellationToken);
        (tracked.Applied, tracked.Rejected) = (tracked.Applied + page.Count, tracked.Rejected + rejected);
        await unit.CommitAsync(cancellationToken);
        (install.Applied, install.Rejected) = (tracked.Applied, tracked.Rejected);
    }

    /// <summary>
    /// Walks every adapter's local documents (streamed) in batches: a document that is not in the snapshot, has no
    /// pending or parked outbox row and no change this device pushed after the snapshot's cursor (the cloud may serve a
    /// snapshot a few minutes older than the push that just ran) is one the server no longer has (voided and purged from the log while this device
    /// was away). It is removed through its adapter as a tombstone one version newer than the local copy would be, the
    /// same path a pulled void takes. Modules other than core go first: their documents reference core catalogs.
    /// </summary>
    private async Task RemoveMissingAsync(SnapshotInstall install, CancellationToken cancellationToken)
    {
        foreach (var adapter in adapters.All.OrderBy(a => a.ModuleId == "core"))
        {
            var batch = new List<SyncDocumentVersion>(pageSize);
            await foreach (var document in adapter.ListAsync(cancellationToken))
            {
                batch.Add(document);
                if (batch.Count == pageSize)
                {
                    await RemoveBatchAsync(install, adapter, batch, cancellationToken);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await RemoveBatchAsync(install, adapter, batch, cancellationToken);
            }
        }
    }

    private async Task RemoveBatchAsync(SnapshotInstall install, ISyncAdapter adapter, List<SyncDocumentVersion> batch, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        using var enlisted = AmbientUnitOfWork.Enlist(store, unit);
        var ids = batch.Select(d => d.DocumentId).ToList();
        var state = unit.Context<SyncStateDbContext>();
        var keep = (await state.SnapshotDocuments.Where(d => ids.Contains(d.DocumentId)).Select(d => d.DocumentId).ToListAsync(cancellationToken))
            .Concat(await unit.Context<OutboxDbContext>().Outbox.Where(m => ids.Contains(m.DocumentId) && m.State != OutboxState.Acked)
                .Select(m => m.DocumentId).ToListAsync(cancellationToken))
            .Concat(await state.Acks.Where(a => ids.Contains(a.DocumentId) && a.ServerSeq > install.Cursor).Select(a => a.DocumentId).ToListAsync(cancellationToken))
            .ToHashSet();
        var removed = 0;
        foreach (var document in batch.Where(d => !keep.Contains(d.DocumentId)))
        {
            var tombstone = new SyncDocument(adapter.ModuleId, document.DocumentType, adapter.SchemaVersion, document.DocumentId, document.Version + 1, SyncOperation.Delete, "{}");
            if ((await adapter.ApplyAsync(tombstone, cancellationToken)).Outcome == SyncApplyOutcome.Applied)
            {
                removed++;
            }
        }

        var tracked = await state.SnapshotInstalls.FirstAsync(i => i.SnapshotId == install.SnapshotId, cancellationToken);
        tracked.Removed += removed;
        await unit.CommitAsync(cancellationToken);
        install.Removed = tracked.Removed;
    }

    /// <summary>The one transaction that moves the cursor to the snapshot's and marks the install done.</summary>
    private async Task FinishAsync(SnapshotInstall install, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var state = unit.Context<SyncStateDbContext>();
        var now = clock.GetUtcNow();
        var cursor = await state.Cursors.FirstOrDefaultAsync(c => c.BookId == install.BookId, cancellationToken);
        if (cursor is null)
        {
            state.Cursors.Add(cursor = new SyncCursor { BookId = install.BookId });
        }

        (cursor.Cursor, cursor.HighWater, cursor.LastPulledAt) = (install.Cursor, Math.Max(cursor.HighWater, install.Cursor), now);
        var tracked = await state.SnapshotInstalls.FirstAsync(i => i.SnapshotId == install.SnapshotId, cancellationToken);
        tracked.FinishedAt = install.FinishedAt = now;
        await state.SnapshotDocuments.ExecuteDeleteAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
    }
}
