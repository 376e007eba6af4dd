using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol.Pull;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Engine;

/// <summary>
/// Pulls the change feed after the local cursor. Each page is applied through the modules' adapters and the cursor
/// moved in ONE local transaction, so an interrupted download or apply resumes from the last committed cursor; the
/// adapters compare versions, so a replayed page changes nothing. The device's own changes (echoes) are skipped. A
/// change an adapter refuses is held whole in the page's transaction (<see cref="InboundRejectionLog"/>) and tried
/// again at the start of the next run, so the cursor can move on without losing it.
/// </summary>
internal sealed class ChangePuller(IStore store, SyncApiClient api, SyncAdapters adapters, SyncEngineOptions options, TimeProvider clock)
{
    private readonly PartitionRemover remover = new(adapters, clock);
    private readonly HeldChangeRetry held = new(store, adapters, clock, options.PullPageSize);

    /// <summary>
    /// Tries the held changes again (<see cref="HeldChangeRetry"/>), then pulls the feed after the cursor; ends by
    /// refreshing the notice of what still waits.
    /// </summary>
    /// <returns>Rejected: changes of the feed refused (and held) in this run; Released: held changes that applied now.</returns>
    public async Task<(int Pulled, int Applied, int Echoes, int Rejected, int Released)> PullAsync(
        SyncCredential credential, CancellationToken cancellationToken, OwnChanges own = OwnChanges.Skip)
    {
        var released = await held.RetryAsync(credential, cancellationToken);
        var (pulled, applied, echoes, rejected) = await PullFeedAsync(credential, own, cancellationToken);
        await using (var unit = await store.BeginAsync(cancellationToken))
        {
            await HeldChangeNotice.RefreshAsync(unit.Context<SyncStateDbContext>(), credential.BookId, clock.GetUtcNow(), cancellationToken);
            await unit.CommitAsync(cancellationToken);
        }

        return (pulled, applied, echoes, rejected, released);
    }

    private async Task<(int Pulled, int Applied, int Echoes, int Rejected)> PullFeedAsync(
        SyncCredential credential, OwnChanges own, CancellationToken cancellationToken)
    {
        int pulled = 0, applied = 0, echoes = 0, rejected = 0;
        var cursor = await CursorAsync(credential.BookId, cancellationToken);
        var page = await FetchAsync(credential, cursor, cancellationToken);
        if (cursor == 0 && page.HighWater > options.SnapshotThresholdOrDefault)
        {
            throw new SnapshotNeededException(page.HighWater);
        }

        while (true)
        {
            // A page may be empty yet move the cursor (the server withholds an unlicensed module's changes).
            var more = page.HasMore && page.Next > cursor;
            using var ahead = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // The next page downloads while this one is applied, so the server's work and the transfer leave the
            // critical path; it is only used once this page's transaction has moved the cursor to where it starts.
            var next = more ? FetchAsync(credential, page.Next, ahead.Token) : null;
            (int Applied, int Echoes, int Rejected, long Cursor) result;
            try
            {
                result = await ApplyPageAsync(credential, page, own, cancellationToken);
            }
            catch
            {
                await ForgetAsync(ahead, next);
                throw;
            }

            (pulled, applied, echoes, rejected) = (pulled + page.Items.Count, applied + result.Applied, echoes + result.Echoes, rejected + result.Rejected);
            if (next is null)
            {
                return (pulled, applied, echoes, rejected);
            }

            if (result.Cursor != page.Next)
            {
                // The stored cursor was already past this page: continue from it, as a fresh pull would.
                await ForgetAsync(ahead, next);
                cursor = result.Cursor;
                page = await FetchAsync(credential, cursor, cancellationToken);
                continue;
            }

            cursor = result.Cursor;
            page = await next;
        }
    }

    private Task<ChangesPage> FetchAsync(SyncCredential credential, long cursor, CancellationToken cancellationToken) =>
        api.ChangesAsync(credential.Token, cursor, options.PullPageSize, adapters.SchemaVersions, cancellationToken);

    /// <summary>Drops a page fetched ahead that will not be applied: cancelled, and its failure observed (not raised).</summary>
    private static async Task ForgetAsync(CancellationTokenSource ahead, Task<ChangesPage>? next)
    {
        await ahead.CancelAsync();
        if (next is not null)
        {
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _ = next.Exception; // reading it marks the failure observed
        }
    }

    private async Task<long> CursorAsync(Guid bookId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        return await unit.Context<SyncStateDbContext>().Cursors.Where(c => c.BookId == bookId).Select(c => (long?)c.Cursor).FirstOrDefaultAsync(cancellationToken) ?? 0;
    }

    /// <summary>
    /// The version at which this device removed (deleted or voided) each of the page's documents, from its outbox:
    /// pending and acked removals (acked rows are kept for days, longer than a cursor lags); a parked one was refused,
    /// so the server's versions stand.
    /// </summary>
    internal static async Task<Dictionary<Guid, long>> RemovedHereAsync(IUnitOfWork unit, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        var ids = documentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var removed = await unit.Context<OutboxDbContext>().Outbox.AsNoTracking()
            .Where(m => ids.Contains(m.DocumentId) && m.State != OutboxState.Parked
                        && (m.Operation == MutationOperations.Delete || m.Operation == MutationOperations.Void))
            .GroupBy(m => m.DocumentId)
            .Select(g => new { DocumentId = g.Key, Version = g.Max(m => m.BaseVersion) })
            .ToDictionaryAsync(r => r.DocumentId, r => r.Version, cancellationToken);
        if (removed.Count == 0)
        {
            return removed;
        }

        // Void beats edit: the cloud accepts a removal over edits made elsewhere since its base, at a version above
        // them. Those edits, pulled after it, are older than the removal and must not bring the document back.
        var keys = removed.Keys.ToList();
        var acked = await unit.Context<SyncStateDbContext>().Acks.AsNoTracking()
            .Where(a => keys.Contains(a.DocumentId) && a.Version != null)
            .GroupBy(a => a.DocumentId)
            .Select(g => new { DocumentId = g.Key, Version = g.Max(a => a.Version!.Value) })
            .ToListAsync(cancellationToken);
        foreach (var ack in acked)
        {
            removed[ack.DocumentId] = Math.Max(removed[ack.DocumentId], ack.Version);
        }

        return removed;
    }

    /// <summary>
    /// The page stopped before changes of a module this installation's version cannot read: without a notice the sync
    /// would look finished while every later change waits. One notice per module and required version.
    /// </summary>
    private async Task NoteWithheldAsync(SyncStateDbContext state, Guid bookId, IReadOnlyDictionary<string, int>? withheld, CancellationToken cancellationToken)
    {
        foreach (var (module, required) in withheld ?? new Dictionary<string, int>())
        {
            var message = $"Máy chủ giữ lại các thay đổi của phân hệ {module} cho đến khi phân hệ trên máy này được cập nhật lên phiên bản dữ liệu {required}. / "
                + $"The cloud holds back module {module}'s changes until this installation's module is updated to schema version {required}.";
            if (!await state.Notices.AnyAsync(n => n.BookId == bookId && n.Kind == SyncNotice.UpgradeRequired && n.Module == module && n.Message == message, cancellationToken))
            {
                state.Notices.Add(new SyncNotice
                {
                    Id = Guid.CreateVersion7(), BookId = bookId, Kind = SyncNotice.UpgradeRequired, Module = module, Message = message, CreatedAt = clock.GetUtcNow(),
                });
            }
        }
    }

    /// <summary>
    /// The page's refused changes are held whole; every other change it carried (applied, already here, or this device's
    /// own echo: the store holds that version or a newer one) supersedes the held versions of its document up to it.
    /// </summary>
    private async Task SettleHeldAsync(
        SyncStateDbContext state, Guid bookId, List<(ChangeItem Item, SyncApplyResult? Result)> outcomes, CancellationToken cancellationToken)
    {
        var log = await InboundRejectionLog.LoadAsync(state, bookId, [.. outcomes.Select(o => o.Item.DocumentId)],
            outcomes.Any(o => o.Result?.Outcome == SyncApplyOutcome.Rejected), clock.GetUtcNow(), cancellationToken);
        foreach (var (item, result) in outcomes)
        {
            if (result?.Outcome == SyncApplyOutcome.Rejected)
            {
                log.Refused(PulledChange.From(item), result.Reason);
            }
            else
            {
                log.Resolved(item.DocumentId, item.Version);
            }
        }
    }

    /// <summary>Another device's change that would write the document, were there no local row to compare with.</summary>
    private static bool CouldRestore(ChangeItem item, SyncCredential credential) =>
        item.OriginDeviceId != credential.DeviceId && !MutationOperations.Removes(item.Operation);

    private async Task<(int Applied, int Echoes, int Rejected, long Cursor)> ApplyPageAsync(
        SyncCredential credential, ChangesPage page, OwnChanges own, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        using var enlisted = AmbientUnitOfWork.Enlist(store, unit);
        var state = unit.Context<SyncStateDbContext>();
        int applied = 0, echoes = 0, rejected = 0;
        // Consecutive documents are applied together (set-based per module); a partition removal ends the run so the
        // documents before it are applied before it and those after it after it. Echoes touch nothing.
        var run = new List<ChangeItem>(page.Items.Count);
        var outcomes = new List<(ChangeItem Item, SyncApplyResult? Result)>(page.Items.Count);
        async Task FlushAsync()
        {
            var results = await adapters.ApplyPulledManyAsync([.. run.Select(i => PulledChange.From(i).ToDocument())], cancellationToken);
            for (var n = 0; n < run.Count; n++)
            {
                outcomes.Add((run[n], results[n]));
                applied += results[n].Outcome == SyncApplyOutcome.Applied ? 1 : 0;
                rejected += results[n].Outcome == SyncApplyOutcome.Rejected ? 1 : 0;
            }

            run.Clear();
        }

        var removedHere = await RemovedHereAsync(unit, [.. page.Items.Where(i => CouldRestore(i, credential)).Select(i => i.DocumentId)], cancellationToken);
        foreach (var item in page.Items)
        {
            if (item.Operation == MutationOperations.PartitionRemoved)
            {
                // What the page held before the removal is settled first, so the removal finds (and drops) it.
                await FlushAsync();
                await SettleHeldAsync(state, credential.BookId, outcomes, cancellationToken);
                outcomes.Clear();
                await state.SaveChangesAsync(cancellationToken);
                await remover.RemoveModuleAsync(unit, credential, item, cancellationToken);
                continue;
            }

            if (item.OriginDeviceId == credential.DeviceId && own != OwnChanges.Apply
                && !(own == OwnChanges.ApplyRemovals && MutationOperations.Removes(item.Operation)))
            {
                echoes++;
                outcomes.Add((item, null));
                continue;
            }

            if (CouldRestore(item, credential) && removedHere.TryGetValue(item.DocumentId, out var removedAt) && item.Version <= removedAt)
            {
                // This device removed the document at a later version than this change: it reached the store another
                // way (a conflict handed over the server's copy) before the cursor got here. Applying it would bring
                // a removed document back, with no local row left to compare versions against.
                echoes++;
                continue;
            }

            run.Add(item);
        }

        await FlushAsync();
        await SettleHeldAsync(state, credential.BookId, outcomes, cancellationToken);
        await NoteWithheldAsync(state, credential.BookId, page.Withheld, cancellationToken);

        var cursor = await state.Cursors.FirstOrDefaultAsync(c => c.BookId == credential.BookId, cancellationToken);
        if (cursor is null)
        {
            state.Cursors.Add(cursor = new SyncCursor { BookId = credential.BookId });
        }

        (cursor.Cursor, cursor.HighWater, cursor.LastPulledAt) = (Math.Max(cursor.Cursor, page.Next), page.HighWater, clock.GetUtcNow());
        await unit.CommitAsync(cancellationToken);
        return (applied, echoes, rejected, cursor.Cursor);
    }
}
