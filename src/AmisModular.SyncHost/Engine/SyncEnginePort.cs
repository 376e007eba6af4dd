using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.Sync.Snapshots;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.SyncHost.Engine;

/// <summary>The real engine (src/AmisModular.Sync) over the installation's store.</summary>
public sealed class SyncEnginePort(SyncEngine engine, IStore store, SyncApiClient api) : ISyncEnginePort
{
    public event EventHandler<SnapshotProgress>? SnapshotProgressChanged
    {
        add => engine.Snapshots.ProgressChanged += value;
        remove => engine.Snapshots.ProgressChanged -= value;
    }

    public Task<IReadOnlyList<SyncNotice>> NoticesAsync(CancellationToken cancellationToken) => engine.NoticesAsync(cancellationToken);

    public Task<ConnectivityState> ProbeAsync(CancellationToken cancellationToken) => engine.ProbeAsync(cancellationToken);

    public Task<SyncReport> SyncAsync(CancellationToken cancellationToken) => engine.SyncAsync(cancellationToken);

    public async Task<EngineProgress> ProgressAsync(CancellationToken cancellationToken)
    {
        var progress = await engine.ProgressAsync(cancellationToken);
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var conflicts = await unit.Context<SyncStateDbContext>().ConflictCopies.CountAsync(cancellationToken);
        return new EngineProgress(progress, conflicts);
    }

    /// <summary>One change-feed page of a single item after our cursor: its highWater says how much is waiting.</summary>
    public async Task<long?> NewOnCloudAsync(CancellationToken cancellationToken)
    {
        if (await engine.CredentialAsync(cancellationToken) is not { } credential)
        {
            return null;
        }

        long cursor;
        await using (var unit = await store.BeginReadAsync(cancellationToken))
        {
            cursor = await unit.Context<SyncStateDbContext>().Cursors.Where(c => c.BookId == credential.BookId)
                .Select(c => (long?)c.Cursor).FirstOrDefaultAsync(cancellationToken) ?? 0;
        }

        var page = await api.ChangesAsync(credential.Token, cursor, 1, null, cancellationToken);
        return Math.Max(0, page.HighWater - cursor);
    }
}
