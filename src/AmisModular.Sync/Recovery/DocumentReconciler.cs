using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.Protocol.Recovery;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Recovery;

/// <summary>
/// Streams every adapter's local documents (<c>ISyncAdapter.ListAsync</c>) and asks the server in batches (POST /have)
/// which ones it lacks or holds older. Documents removed locally exist only in the outbox (their removal row): they are
/// asked for too, at the version the removal made, so a removal the server lost is found. Only the lost documents are
/// kept in memory; the listing itself is streamed.
/// </summary>
internal sealed class DocumentReconciler(IStore store, SyncApiClient api, SyncAdapters adapters)
{
    public async Task<IReadOnlyList<LostDocument>> FindLostAsync(SyncCredential credential, CancellationToken cancellationToken)
    {
        var lost = new List<LostDocument>();
        var batch = new Dictionary<Guid, (string Module, string Type, long Version, bool Removed)>();
        foreach (var module in adapters.SchemaVersions.Keys.Order(StringComparer.Ordinal))
        {
            var adapter = adapters.Find(module)!;
            await foreach (var document in adapter.ListAsync(cancellationToken))
            {
                batch[document.DocumentId] = (module, document.DocumentType, document.Version, false);
                if (batch.Count == HaveLimits.MaxDocuments)
                {
                    await AskAsync(credential, batch, lost, cancellationToken);
                }
            }
        }

        foreach (var removal in await LocalRemovalsAsync(credential.DeviceId, cancellationToken))
        {
            if (adapters.Find(removal.Module) is { } adapter && !batch.ContainsKey(removal.DocumentId)
                && await adapter.ExportAsync(removal.DocumentId, cancellationToken) is null)
            {
                batch[removal.DocumentId] = (removal.Module, removal.DocumentType, removal.BaseVersion + 1, true);
                if (batch.Count == HaveLimits.MaxDocuments)
                {
                    await AskAsync(credential, batch, lost, cancellationToken);
                }
            }
        }

        if (batch.Count > 0)
        {
            await AskAsync(credential, batch, lost, cancellationToken);
        }

        return lost;
    }

    private async Task AskAsync(
        SyncCredential credential, Dictionary<Guid, (string Module, string Type, long Version, bool Removed)> batch, List<LostDocument> lost, CancellationToken cancellationToken)
    {
        var answer = await api.HaveAsync(credential.Token, new HaveRequest(batch.ToDictionary(p => p.Key, p => p.Value.Version)), cancellationToken);
        foreach (var id in answer.MissingOnServer)
        {
            // A removal the server never saw the document for: nothing to restore there.
            if (batch.TryGetValue(id, out var local) && !local.Removed)
            {
                lost.Add(new LostDocument(local.Module, local.Type, id, local.Version, 0, false));
            }
        }

        foreach (var (id, serverVersion) in answer.OlderOnServer)
        {
            if (batch.TryGetValue(id, out var local))
            {
                lost.Add(new LostDocument(local.Module, local.Type, id, local.Version, serverVersion, local.Removed));
            }
        }

        batch.Clear();
    }

    /// <summary>The last removal row (void/delete) of each document this device removed and did not see refused.</summary>
    private async Task<List<OutboxMessage>> LocalRemovalsAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var rows = await unit.Context<OutboxDbContext>().Outbox.AsNoTracking()
            .Where(m => m.DeviceId == deviceId && m.State != OutboxState.Parked
                        && (m.Operation == MutationOperations.Void || m.Operation == MutationOperations.Delete))
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.DocumentId).Select(g => g.MaxBy(r => r.Seq)!)];
    }
}
