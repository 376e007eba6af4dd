using System.Net;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Engine;

/// <summary>
/// Pushes the outbox in seq order, one batch at a time (one uploader per device). A failed request is resent with
/// the same (device, epoch, seq) keys, which the server deduplicates; a 409 gap restarts from the seq the server
/// expects. Deferred rows wait for the next run instead of being resent in a loop. A batch the server finds too large
/// (413: more mutations or bytes than it takes) is sent again in halves for the rest of the run; one document too large
/// on its own fails the run with the server's reason.
/// </summary>
internal sealed class OutboxPusher(IStore store, SyncApiClient api, AckApplier applier, SyncEngineOptions options)
{
    public async Task<(int Pushed, int Acked, int Parked, int Deferred)> PushAsync(SyncCredential credential, CancellationToken cancellationToken)
    {
        int pushed = 0, acked = 0, parked = 0, deferred = 0;
        long from = 0;
        long? lastGap = null;
        var batchSize = options.PushBatchSize;
        while (true)
        {
            var batch = await NextBatchAsync(credential.DeviceId, from, batchSize, cancellationToken);
            if (batch.Count == 0)
            {
                return (pushed, acked, parked, deferred);
            }

            var request = new PushRequest(credential.DeviceId, credential.Epoch, credential.BookId, [.. batch.Select(ToMutation)]);
            PushResponse response;
            try
            {
                response = await api.PushAsync(credential.Token, request, cancellationToken);
            }
            catch (SyncApiException ex) when (ex.Code == SyncErrorCodes.Gap && ex.Body?.Expected is { } expected && expected != lastGap)
            {
                // The server lacks seqs before ours (e.g. an earlier batch got lost or was reordered): resend from there.
                (lastGap, from) = (expected, expected);
                continue;
            }
            catch (SyncApiException ex) when (ex.Status == (int)HttpStatusCode.RequestEntityTooLarge && batch.Count > 1)
            {
                // Nothing of the batch was applied: the same keys go again, fewer at a time.
                batchSize = batch.Count / 2;
                continue;
            }

            pushed += batch.Count;
            var result = await applier.ApplyAsync(credential.DeviceId, credential.BookId, response.Acks, cancellationToken);
            (acked, parked, deferred) = (acked + result.Acked, parked + result.Parked, deferred + result.Deferred);
            from = batch[^1].Row.Seq + 1;
        }
    }

    /// <summary>
    /// Pending rows from <paramref name="from"/>, plus rows the server never saw (parked dependents, or rows after a
    /// gap) so the seqs it receives stay contiguous.
    /// </summary>
    private async Task<List<(OutboxMessage Row, bool Skip)>> NextBatchAsync(Guid deviceId, long from, int batchSize, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var rows = await unit.Context<OutboxDbContext>().Outbox.AsNoTracking()
            .Where(m => m.DeviceId == deviceId && m.Seq >= from && m.State != OutboxState.Acked)
            .OrderBy(m => m.Seq).Take(batchSize).ToListAsync(cancellationToken);
        var parked = rows.Where(r => r.State == OutboxState.Parked).Select(r => r.Seq).ToList();
        var answered = parked.Count == 0 ? [] : await unit.Context<SyncStateDbContext>().Acks
            .Where(a => a.DeviceId == deviceId && parked.Contains(a.Seq)).Select(a => a.Seq).ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.State == OutboxState.Pending || !answered.Contains(r.Seq)).Select(r => (r, r.State == OutboxState.Parked))];
    }

    private static Mutation ToMutation((OutboxMessage Row, bool Skip) item) =>
        new(item.Row.Seq, item.Row.Module, item.Row.SchemaVersion, item.Row.DocumentType, item.Row.DocumentId, item.Row.Operation,
            item.Row.BaseVersion, item.Row.LocalNumber, item.Row.Payload, item.Row.PayloadHash, item.Skip);
}
