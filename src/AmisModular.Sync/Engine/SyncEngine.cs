using System.Net.NetworkInformation;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol.Enrollment;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Snapshots;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AmisModular.Sync.Engine;

/// <summary>
/// The client side of sync: enroll once, then <see cref="SyncAsync"/> pushes the outbox and pulls the change feed.
/// One run at a time per store (one uploader per device). 401/403 stop the run with the queue intact.
/// </summary>
public sealed class SyncEngine : IDisposable
{
    private readonly IStore store;
    private readonly SyncApiClient api;
    private readonly SyncAdapters adapters;
    private readonly OutboxPusher pusher;
    private readonly ChangePuller puller;
    private readonly TimeProvider clock;
    private readonly ILogger<SyncEngine> log;
    private readonly SemaphoreSlim oneRun = new(1, 1);

    public SyncEngine(IStore store, SyncApiClient api, SyncAdapters adapters, SyncEngineOptions options, TimeProvider clock, ILogger<SyncEngine> log)
    {
        (this.store, this.api, this.adapters, this.clock, this.log) = (store, api, adapters, clock, log);
        pusher = new OutboxPusher(store, api, new AckApplier(store, adapters, clock), options);
        puller = new ChangePuller(store, api, adapters, options, clock);
        Snapshots = new SnapshotBootstrap(store, api, adapters, options.SnapshotFolder ?? SnapshotBootstrap.DefaultFolder(store.Options.SqliteFile), clock, options.PullPageSize);
    }

    /// <summary>Snapshot bootstrap (scenarios 13, 16): its progress for the tray, and BootstrapAsync for a re-bootstrap.</summary>
    public SnapshotBootstrap Snapshots { get; }

    public async Task<SyncCredential> EnrollAsync(string enrollmentCode, string deviceName, CancellationToken cancellationToken)
    {
        var response = await api.EnrollAsync(new EnrollRequest(enrollmentCode, store.Options.DeviceId, deviceName, adapters.SchemaVersions), cancellationToken);
        var d = response.Device;
        var credential = new SyncCredential
        {
            DeviceId = d.DeviceId, Epoch = d.Epoch, Token = response.Token, TenantTaxCode = d.TenantTaxCode, CompanyId = d.CompanyId,
            BookId = d.BookId, Branch = d.Branch, Series = d.Series, ServerEpoch = response.ServerEpoch, EnrolledAt = clock.GetUtcNow(),
        };
        await using var unit = await store.BeginAsync(cancellationToken);
        var state = unit.Context<SyncStateDbContext>();
        state.Credentials.RemoveRange(await state.Credentials.ToListAsync(cancellationToken));
        state.Credentials.Add(credential);
        await unit.CommitAsync(cancellationToken);
        return credential;
    }

    public async Task<SyncCredential?> CredentialAsync(CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        return await unit.Context<SyncStateDbContext>().Credentials.AsNoTracking().FirstOrDefaultAsync(c => c.DeviceId == store.Options.DeviceId, cancellationToken);
    }

    /// <summary>The hello probe: Online, Unauthorized (401/403), CloudUnreachable, or Offline when no network is up.</summary>
    public async Task<ConnectivityState> ProbeAsync(CancellationToken cancellationToken)
    {
        var credential = await CredentialAsync(cancellationToken);
        try
        {
            await api.HelloAsync(credential?.Token, cancellationToken);
            return ConnectivityState.Online;
        }
        catch (SyncApiException ex) when (ex.Status is 401 or 403)
        {
            return ConnectivityState.Unauthorized;
        }
        catch (CloudUnreachableException)
        {
            return NetworkInterface.GetIsNetworkAvailable() ? ConnectivityState.CloudUnreachable : ConnectivityState.Offline;
        }
    }

    /// <summary>Push, then pull. Throws <see cref="SyncApiException"/> (401/403/422...) or <see cref="CloudUnreachableException"/>.</summary>
    public async Task<SyncReport> SyncAsync(CancellationToken cancellationToken)
    {
        var credential = await CredentialAsync(cancellationToken) ?? throw new NotEnrolledException();
        await oneRun.WaitAsync(cancellationToken);
        try
        {
            var push = await pusher.PushAsync(credential, cancellationToken);
            await Snapshots.ResumeUnfinishedAsync(credential, cancellationToken);
            (int Pulled, int Applied, int Echoes, int Rejected) pull;
            try
            {
                pull = await puller.PullAsync(credential, cancellationToken);
            }
            catch (SyncApiException ex) when (ex.Status == 410)
            {
                // cursorExpired (scenario 16): the outbox goes first (pushed above; again for anything saved since), so
                // offline work reaches the cloud before the snapshot replaces what this device knows; then the delta.
                var again = await pusher.PushAsync(credential, cancellationToken);
                push = (push.Pushed + again.Pushed, push.Acked + again.Acked, push.Parked + again.Parked, push.Deferred + again.Deferred);
                // Only an expired cursor means "the server dropped what you lack": any other 410 (a restored server)
                // keeps local documents the snapshot lacks, as they may be the ones the server lost.
                await Snapshots.BootstrapAsync(credential, removeMissing: ex.Code == SyncErrorCodes.CursorExpired, cancellationToken);
                pull = await puller.PullAsync(credential, cancellationToken);
            }
            catch (SnapshotNeededException)
            {
                // A new device of a big book (scenario 13): snapshot, then the delta after its cursor.
                await Snapshots.BootstrapAsync(credential, cancellationToken);
                pull = await puller.PullAsync(credential, cancellationToken);
            }

            await MarkSuccessAsync(credential.BookId, cancellationToken);
            var report = new SyncReport(push.Pushed, push.Acked, push.Parked, push.Deferred, pull.Pulled, pull.Applied, pull.Echoes, pull.Rejected,
                await ProgressAsync(cancellationToken));
            if (log.IsEnabled(LogLevel.Information))
            {
                log.LogInformation("Sync run: {Report}", report);
            }

            return report;
        }
        finally
        {
            oneRun.Release();
        }
    }

    public async Task<SyncProgress> ProgressAsync(CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var device = store.Options.DeviceId;
        var counts = await unit.Context<OutboxDbContext>().Outbox.Where(m => m.DeviceId == device)
            .GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var cursor = await unit.Context<SyncStateDbContext>().Cursors.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        int Count(OutboxState state) => counts.FirstOrDefault(c => c.Key == state)?.Count ?? 0;
        return new SyncProgress(Count(OutboxState.Pending), Count(OutboxState.Acked), Count(OutboxState.Parked),
            cursor is null ? 0 : Math.Max(0, cursor.HighWater - cursor.Cursor), cursor?.LastSuccessfulSyncAt);
    }

    public void Dispose() => oneRun.Dispose();

    private async Task MarkSuccessAsync(Guid bookId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await unit.Context<SyncStateDbContext>().Cursors.Where(c => c.BookId == bookId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSuccessfulSyncAt, now), cancellationToken);
        await unit.CommitAsync(cancellationToken);
    }
}
