using System.Net.NetworkInformation;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol.Enrollment;
using AmisModular.Sync.Recovery;
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
    private readonly ServerRestoreRecovery recovery;
    private readonly TimeProvider clock;
    private readonly ILogger<SyncEngine> log;
    private readonly SemaphoreSlim oneRun = new(1, 1);
    private readonly BookRemoval bookRemoval;
    private readonly IEnrollmentJoin? join;

    /// <param name="rebootstrap">The pull side of a recovery after a server restore; by default a snapshot, then the delta.</param>
    /// <param name="join">Adopts the enrolled company in the local store (the ledger's, registered by the sync host).</param>
    public SyncEngine(
        IStore store, SyncApiClient api, SyncAdapters adapters, SyncEngineOptions options, TimeProvider clock, ILogger<SyncEngine> log,
        IRestoreRebootstrap? rebootstrap = null, IEnrollmentJoin? join = null)
    {
        (this.store, this.api, this.adapters, this.clock, this.log, this.join) = (store, api, adapters, clock, log, join);
        pusher = new OutboxPusher(store, api, new AckApplier(store, adapters, clock), options);
        puller = new ChangePuller(store, api, adapters, options, clock);
        Snapshots = new SnapshotBootstrap(store, api, adapters, options.SnapshotFolder ?? SnapshotBootstrap.DefaultFolder(store.Options.SqliteFile), clock, options.PullPageSize);
        recovery = new ServerRestoreRecovery(store, api, adapters, rebootstrap ?? new SnapshotRebootstrap(Snapshots, puller), clock, log);
        bookRemoval = new BookRemoval(store, clock);
    }

    /// <summary>Snapshot bootstrap (scenarios 13, 16): its progress for the tray, and BootstrapAsync for a re-bootstrap.</summary>
    public SnapshotBootstrap Snapshots { get; }

    /// <summary>
    /// Enrolls with a one-time code and keeps the credential only once it has been checked: a request delivered twice
    /// (a replaying proxy, a retry racing the first attempt) rotates the secret, and the answer that arrived may hold
    /// the dead one. Then the same code enrolls again (the cloud accepts it from the same installation) and the new
    /// answer is checked in turn. The registered <see cref="IEnrollmentJoin"/> then adopts the company in the same local
    /// transaction as the credential; when it refuses (the store keeps another company) its exception comes out here and
    /// the store is unchanged, and the enrollment is given back to the cloud (the device forgotten, the code free again).
    /// </summary>
    public async Task<SyncCredential> EnrollAsync(string enrollmentCode, string deviceName, CancellationToken cancellationToken)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var response = await api.EnrollAsync(new EnrollRequest(enrollmentCode, store.Options.DeviceId, deviceName, adapters.SchemaVersions), cancellationToken);
            try
            {
                await api.HelloAsync(response.Token, cancellationToken);
            }
            catch (SyncApiException ex) when (ex.Status == 401 && attempt < attempts)
            {
                log.LogWarning("The credential from enrollment attempt {Attempt} is already dead (a replayed request rotated it); enrolling again", attempt);
                continue;
            }

            try
            {
                return await SaveCredentialAsync(response, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store refused (another company here) or could not save: give the enrollment back, or the cloud keeps
                // a device nobody holds and the code stays spent, so neither this installation nor the right store could
                // enroll with it. The refusal is what the user sees; a failed withdrawal is only logged.
                await WithdrawAsync(response.Token, ex);
                throw;
            }
        }
    }

    private async Task WithdrawAsync(string token, Exception refusal)
    {
        try
        {
            await api.WithdrawEnrollmentAsync(token, CancellationToken.None);
            if (log.IsEnabled(LogLevel.Information))
            {
                log.LogInformation("Enrollment withdrawn after the store refused it: {Reason}", refusal.Message);
            }
        }
        catch (Exception ex) when (ex is SyncApiException or CloudUnreachableException)
        {
            log.LogWarning(ex, "The refused enrollment could not be withdrawn; an administrator can revoke the device");
        }
    }

    private async Task<SyncCredential> SaveCredentialAsync(EnrollResponse response, CancellationToken cancellationToken)
    {
        var d = response.Device;
        var credential = new SyncCredential
        {
            DeviceId = d.DeviceId, Epoch = d.Epoch, Token = response.Token, TenantTaxCode = d.TenantTaxCode, CompanyId = d.CompanyId,
            BookId = d.BookId, Branch = d.Branch, Series = d.Series, ServerEpoch = response.ServerEpoch, EnrolledAt = clock.GetUtcNow(),
        };
        await using var unit = await store.BeginAsync(cancellationToken);
        if (join is not null)
        {
            await join.JoinAsync(unit, response, cancellationToken);
        }

        var state = unit.Context<SyncStateDbContext>();
        state.Credentials.RemoveRange(await state.Credentials.ToListAsync(cancellationToken));
        state.Credentials.Add(credential);
        await ServerRestoreRecovery.MarkAfterReenrollmentAsync(unit, credential.DeviceId, credential.ServerEpoch, clock.GetUtcNow(), cancellationToken);
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

    /// <summary>
    /// Push, then pull; after a server restore (a new server epoch in hello) the recovery rebuilds the outbox first and
    /// re-pulls from 0 instead of the normal pull (<see cref="ServerRestoreRecovery"/>).
    /// Throws <see cref="SyncApiException"/> (401/403/422...; <see cref="ReenrollmentRequiredException"/>),
    /// <see cref="CloudUnreachableException"/>, or <see cref="PartitionRemovedException"/> when the server removed this
    /// device's access to its book (queue kept).
    /// </summary>
    public async Task<SyncReport> SyncAsync(CancellationToken cancellationToken)
    {
        var credential = await CredentialAsync(cancellationToken) ?? throw new NotEnrolledException();
        await oneRun.WaitAsync(cancellationToken);
        try
        {
            (credential, var recovering) = await recovery.PrepareAsync(credential, cancellationToken);
            var push = await pusher.PushAsync(credential, cancellationToken);
            (int Pulled, int Applied, int Echoes, int Rejected, int Released) pull;
            if (recovering)
            {
                pull = (0, await recovery.FinishAsync(credential, cancellationToken), 0, 0, 0);
            }
            else
            {
                await Snapshots.ResumeUnfinishedAsync(credential, cancellationToken);
                try
                {
                    pull = await puller.PullAsync(credential, cancellationToken);
                }
                catch (SyncApiException ex) when (ex.Status == 410 && ex.Code == SyncErrorCodes.CursorExpired)
                {
                    // Scenario 16: the outbox goes first (pushed above; again for anything saved since), so offline work
                    // reaches the cloud before the snapshot replaces what this device knows; then the delta. The server
                    // dropped tombstones this device never saw, so local documents the snapshot lacks are removed.
                    var again = await pusher.PushAsync(credential, cancellationToken);
                    push = (push.Pushed + again.Pushed, push.Acked + again.Acked, push.Parked + again.Parked, push.Deferred + again.Deferred);
                    await Snapshots.BootstrapAsync(credential, removeMissing: true, cancellationToken);
                    pull = await puller.PullAsync(credential, cancellationToken, own: OwnChanges.ApplyRemovals);
                }
                catch (SnapshotNeededException)
                {
                    // A new device of a big book (scenario 13): snapshot, then the delta after its cursor.
                    await Snapshots.BootstrapAsync(credential, cancellationToken);
                    pull = await puller.PullAsync(credential, cancellationToken, own: OwnChanges.ApplyRemovals);
                }
            }

            await MarkSuccessAsync(credential.BookId, cancellationToken);
            var report = new SyncReport(push.Pushed, push.Acked, push.Parked, push.Deferred, pull.Pulled, pull.Applied, pull.Echoes, pull.Rejected,
                await ProgressAsync(cancellationToken), pull.Released);
            if (log.IsEnabled(LogLevel.Information))
            {
                log.LogInformation("Sync run: {Report}", report);
            }

            return report;
        }
        catch (SyncApiException ex) when (BookRemoval.Names(ex, credential))
        {
            throw await bookRemoval.RecordAsync(credential, ex, cancellationToken);
        }
        finally
        {
            oneRun.Release();
        }
    }

    /// <summary>What sync did on its own that the user must see (renumbered drafts, removed partitions, held pulled changes), newest first.</summary>
    public async Task<IReadOnlyList<SyncNotice>> NoticesAsync(CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var notices = await unit.Context<SyncStateDbContext>().Notices.AsNoTracking().ToListAsync(cancellationToken);
        return [.. notices.OrderByDescending(n => n.Id)];
    }

    public async Task<SyncProgress> ProgressAsync(CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var device = store.Options.DeviceId;
        var counts = await unit.Context<OutboxDbContext>().Outbox.Where(m => m.DeviceId == device)
            .GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var state = unit.Context<SyncStateDbContext>();
        var cursor = await state.Cursors.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var held = await state.InboundRejections.CountAsync(r => r.Module != "", cancellationToken);
        int Count(OutboxState state) => counts.FirstOrDefault(c => c.Key == state)?.Count ?? 0;
        return new SyncProgress(Count(OutboxState.Pending), Count(OutboxState.Acked), Count(OutboxState.Parked),
            cursor is null ? 0 : Math.Max(0, cursor.HighWater - cursor.Cursor), cursor?.LastSuccessfulSyncAt, await recovery.StatusAsync(cancellationToken), held);
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
