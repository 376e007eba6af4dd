using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Recovery;

/// <summary>
/// Re-pulls the restored server's whole change log from the cursor (0 after the outbox rebuild), a page per local
/// transaction with the cursor, like the normal pull, with one difference: the device's own changes are applied too.
/// After a restore the log holds this device's re-pushed changes, and a removal re-pushed by this device must win over
/// an older copy of the same document made by another device earlier in the log (the normal pull skips own echoes,
/// which would leave that older copy in place). Own changes already present locally are "already current".
/// </summary>
internal sealed class ChangeLogRebootstrap(IStore store, SyncApiClient api, SyncAdapters adapters, SyncEngineOptions options, TimeProvider clock) : IRestoreRebootstrap
{
    public async Task<int> RebootstrapAsync(SyncCredential credential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var applied = 0;
        while (true)
        {
            var cursor = await CursorAsync(credential.BookId, cancellationToken);
            var page = await api.ChangesAsync(credential.Token, cursor, options.PullPageSize, adapters.SchemaVersions, cancellationToken);
            await using var unit = await store.BeginAsync(cancellationToken);
            using (AmbientUnitOfWork.Enlist(store, unit))
            {
                var state = unit.Context<SyncStateDbContext>();
                foreach (var item in page.Items)
                {
                    var outcome = adapters.Find(item.Module) is { } adapter
                        ? await adapter.ApplyAsync(new SyncDocument(item.Module, item.DocumentType, item.SchemaVersion, item.DocumentId, item.Version,
                            SyncOperations.Parse(item.Operation), item.Payload ?? "{}"), cancellationToken)
                        : SyncApplyResult.Rejected($"Phân hệ {item.Module} chưa được cài trên máy này. / Module {item.Module} is not installed here.");
                    applied += outcome.Outcome == SyncApplyOutcome.Applied ? 1 : 0;
                    if (outcome.Outcome == SyncApplyOutcome.Rejected
                        && !await state.InboundRejections.AnyAsync(r => r.BookId == credential.BookId && r.ServerSeq == item.ServerSeq, cancellationToken))
                    {
                        var reason = outcome.Reason ?? "";
                        state.InboundRejections.Add(new InboundRejection
                        {
                            BookId = credential.BookId, ServerSeq = item.ServerSeq, DocumentId = item.DocumentId,
                            Reason = reason[..Math.Min(reason.Length, 1000)], CreatedAt = clock.GetUtcNow(),
                        });
                    }
                }

                var row = await state.Cursors.FirstOrDefaultAsync(c => c.BookId == credential.BookId, cancellationToken);
                if (row is null)
                {
                    state.Cursors.Add(row = new SyncCursor { BookId = credential.BookId });
                }

                (row.Cursor, row.HighWater, row.LastPulledAt) = (Math.Max(row.Cursor, page.Next), page.HighWater, clock.GetUtcNow());
                await unit.CommitAsync(cancellationToken);
            }

            if (!page.HasMore || page.Items.Count == 0)
            {
                return applied;
            }
        }
    }

    private async Task<long> CursorAsync(Guid bookId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await unit.Context<SyncStateDbContext>().Cursors.Where(c => c.BookId == bookId).Select(c => (long?)c.Cursor).FirstOrDefaultAsync(cancellationToken) ?? 0;
    }
}
