using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Engine;

/// <summary>
/// At the start of every pull run, the book's held changes go to their adapters again, in serverSeq order, a page at a
/// time; each page's applies and the removal of the rows that applied (or that the store already holds at that version
/// or newer) are ONE local transaction. What is still refused stays held with the new reason. So a change that waited
/// for a module to be installed or upgraded, or for the sub-account or partner it uses, applies as soon as it can.
/// </summary>
internal sealed class HeldChangeRetry(IStore store, SyncAdapters adapters, TimeProvider clock, int pageSize)
{
    /// <returns>How many held changes applied now.</returns>
    public async Task<int> RetryAsync(SyncCredential credential, CancellationToken cancellationToken)
    {
        var released = 0;
        var after = long.MinValue;
        while (true)
        {
            await using var unit = await store.BeginAsync(cancellationToken);
            using var enlisted = AmbientUnitOfWork.Enlist(store, unit);
            var state = unit.Context<SyncStateDbContext>();
            var book = credential.BookId;
            var rows = await state.InboundRejections.Where(r => r.BookId == book && r.ServerSeq > after && r.Module != "")
                .OrderBy(r => r.ServerSeq).Take(pageSize).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return released;
            }

            var due = await DropRemovedHereAsync(unit, state, credential, rows, cancellationToken);
            var results = await adapters.ApplyPulledManyAsync([.. due.Select(r => PulledChange.From(r).ToDocument())], cancellationToken);
            var now = clock.GetUtcNow();
            for (var n = 0; n < due.Count; n++)
            {
                if (results[n].Outcome == SyncApplyOutcome.Rejected)
                {
                    var reason = results[n].Reason ?? "";
                    (due[n].Reason, due[n].LastAttemptAt, due[n].Attempts) = (reason[..Math.Min(reason.Length, 1000)], now, due[n].Attempts + 1);
                    continue;
                }

                released += results[n].Outcome == SyncApplyOutcome.Applied ? 1 : 0;
                state.InboundRejections.Remove(due[n]);
            }

            await unit.CommitAsync(cancellationToken);
            after = rows[^1].ServerSeq;
        }
    }

    /// <summary>
    /// A held change of a document this device has since removed at that version or later is superseded by the removal
    /// (the same rule the pull applies to a feed item): dropped, not applied.
    /// </summary>
    private static async Task<List<InboundRejection>> DropRemovedHereAsync(
        IUnitOfWork unit, SyncStateDbContext state, SyncCredential credential, List<InboundRejection> rows, CancellationToken cancellationToken)
    {
        var removedHere = await ChangePuller.RemovedHereAsync(unit,
            [.. rows.Where(r => r.OriginDeviceId != credential.DeviceId && !MutationOperations.Removes(r.Operation)).Select(r => r.DocumentId)], cancellationToken);
        var due = new List<InboundRejection>(rows.Count);
        foreach (var row in rows)
        {
            if (removedHere.TryGetValue(row.DocumentId, out var removedAt) && row.Version <= removedAt && !MutationOperations.Removes(row.Operation))
            {
                state.InboundRejections.Remove(row);
                continue;
            }

            due.Add(row);
        }

        return due;
    }
}
