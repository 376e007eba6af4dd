using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AmisModular.Sync.Recovery;

/// <summary>
/// Scenario 19: the cloud was restored from a backup (its serverSeq and this device's lastSeq went back, documents
/// accepted after the backup are gone) and rotated its server epoch. Seen in hello as an epoch other than the
/// credential's, this runs instead of the normal sync:
/// <list type="number">
/// <item>record the recovery (status "recovering after server restore"; a crash resumes at the recorded step);</item>
/// <item>reconcile: list every local document, ask the server which it lacks or holds older (POST /have);</item>
/// <item>in one local transaction: start a new device epoch on the server, rebuild the outbox (re-queued documents
/// first, then the open rows renumbered), reset the pull cursor to 0 (<see cref="OutboxRebuilder"/>);</item>
/// <item>the engine pushes the rebuilt outbox as usual;</item>
/// <item>re-bootstrap the pull side from 0 (<see cref="IRestoreRebootstrap"/>), then take the new server epoch.</item>
/// </list>
/// Pushing before re-pulling is deliberate: the restored server first gets back what it lost, so the re-pull (or a
/// snapshot) never hands this device an older copy of a document it changed or removed after the backup.
/// </summary>
public sealed class ServerRestoreRecovery
{
    private readonly IStore store;
    private readonly SyncApiClient api;
    private readonly DocumentReconciler reconciler;
    private readonly OutboxRebuilder rebuilder;
    private readonly IRestoreRebootstrap rebootstrap;
    private readonly TimeProvider clock;
    private readonly ILogger log;

    internal ServerRestoreRecovery(IStore store, SyncApiClient api, SyncAdapters adapters, IRestoreRebootstrap rebootstrap, TimeProvider clock, ILogger log)
    {
        (this.store, this.api, this.rebootstrap, this.clock, this.log) = (store, api, rebootstrap, clock, log);
        reconciler = new DocumentReconciler(store, api, adapters);
        rebuilder = new OutboxRebuilder(store, api, adapters, clock);
    }

    /// <summary>
    /// Before a push: detects a restored server (hello) and, if so, reconciles and rebuilds the outbox.
    /// Returns the credential to push with (its device epoch is new after a rebuild) and whether a recovery is running,
    /// in which case the caller finishes with <see cref="FinishAsync"/> instead of the normal pull.
    /// </summary>
    /// <exception cref="ReenrollmentRequiredException">The restored server does not know this device.</exception>
    public async Task<(SyncCredential Credential, bool Recovering)> PrepareAsync(SyncCredential credential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var serverEpoch = await ServerEpochAsync(credential, cancellationToken);
        var recovery = await StartOrResumeAsync(credential, serverEpoch, cancellationToken);
        if (recovery is null)
        {
            return (credential, false);
        }

        if (recovery.Step == RestoreRecoveryStep.Reconcile)
        {
            var lost = await reconciler.FindLostAsync(credential, cancellationToken);
            var (requeued, epoch) = await rebuilder.RebuildAsync(credential, lost, cancellationToken);
            if (log.IsEnabled(LogLevel.Warning))
            {
                log.LogWarning("Server restore recovery: {Requeued} documents re-queued in device epoch {Epoch}", requeued, epoch);
            }
        }

        return (await CredentialAsync(credential.DeviceId, cancellationToken), true);
    }

    /// <summary>After the rebuilt outbox was pushed: re-bootstrap the pull side, then take the restored server's epoch.</summary>
    public async Task<int> FinishAsync(SyncCredential credential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var applied = await rebootstrap.RebootstrapAsync(credential, cancellationToken);
        await using var unit = await store.BeginAsync(cancellationToken);
        var state = unit.Context<SyncStateDbContext>();
        var recovery = await state.Recoveries.FirstAsync(r => r.DeviceId == credential.DeviceId, cancellationToken);
        var stored = await state.Credentials.FirstAsync(c => c.DeviceId == credential.DeviceId, cancellationToken);
        stored.ServerEpoch = recovery.TargetServerEpoch;
        state.Recoveries.Remove(recovery);
        await unit.CommitAsync(cancellationToken);
        if (log.IsEnabled(LogLevel.Warning))
        {
            log.LogWarning("Server restore recovery finished: server epoch {Epoch}, {Applied} changes applied by the re-pull", stored.ServerEpoch, applied);
        }

        return applied;
    }

    /// <summary>The recovery in progress (or waiting for re-enrollment), for the status bar; null when none.</summary>
    public async Task<RestoreRecoveryStatus?> StatusAsync(CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var row = await unit.Context<SyncStateDbContext>().Recoveries.AsNoTracking()
            .FirstOrDefaultAsync(r => r.DeviceId == store.Options.DeviceId, cancellationToken);
        return row is null ? null : new RestoreRecoveryStatus(row.Step, row.Requeued, row.StartedAt);
    }

    /// <summary>
    /// After enrolling again on a restored server that had forgotten this device: the server holds none of this
    /// device's seqs, so the outbox is rebuilt as after a restore (in the caller's transaction). A first enrollment
    /// (no server ever answered this device) needs nothing.
    /// </summary>
    internal static async Task MarkAfterReenrollmentAsync(IUnitOfWork unit, Guid deviceId, string serverEpoch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = unit.Context<SyncStateDbContext>();
        var existing = await state.Recoveries.FirstOrDefaultAsync(r => r.DeviceId == deviceId, cancellationToken);
        var hasHistory = await state.Acks.AnyAsync(a => a.DeviceId == deviceId, cancellationToken);
        if (existing is null && !hasHistory)
        {
            return;
        }

        if (existing is null)
        {
            state.Recoveries.Add(existing = new SyncRecovery { DeviceId = deviceId, StartedAt = now });
        }

        (existing.TargetServerEpoch, existing.Step, existing.UpdatedAt) = (serverEpoch, RestoreRecoveryStep.Reconcile, now);
    }

    /// <summary>Hello with the credential; a 401 from a server whose epoch changed means it was restored to before our enrollment.</summary>
    private async Task<string> ServerEpochAsync(SyncCredential credential, CancellationToken cancellationToken)
    {
        try
        {
            return (await api.HelloAsync(credential.Token, cancellationToken)).ServerEpoch;
        }
        catch (SyncApiException ex) when (ex.Status == 401)
        {
            var anonymous = await api.HelloAsync(null, cancellationToken);
            if (anonymous.ServerEpoch == credential.ServerEpoch)
            {
                throw;
            }

            await SaveAsync(credential.DeviceId, anonymous.ServerEpoch, RestoreRecoveryStep.ReenrollmentRequired, cancellationToken);
            throw new ReenrollmentRequiredException();
        }
    }

    private async Task<SyncRecovery?> StartOrResumeAsync(SyncCredential credential, string serverEpoch, CancellationToken cancellationToken)
    {
        var row = await RecoveryAsync(credential.DeviceId, cancellationToken);
        if (row is null && serverEpoch == credential.ServerEpoch)
        {
            return null;
        }

        // A new recovery, or the server was restored (again) since the one recorded: start over from the reconcile.
        return row is not null && row.TargetServerEpoch == serverEpoch && row.Step != RestoreRecoveryStep.ReenrollmentRequired
            ? row
            : await SaveAsync(credential.DeviceId, serverEpoch, RestoreRecoveryStep.Reconcile, cancellationToken);
    }

    private async Task<SyncRecovery> SaveAsync(Guid deviceId, string serverEpoch, RestoreRecoveryStep step, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var state = unit.Context<SyncStateDbContext>();
        var now = clock.GetUtcNow();
        var row = await state.Recoveries.FirstOrDefaultAsync(r => r.DeviceId == deviceId, cancellationToken);
        if (row is null)
        {
            state.Recoveries.Add(row = new SyncRecovery { DeviceId = deviceId, StartedAt = now });
        }

        (row.TargetServerEpoch, row.Step, row.UpdatedAt) = (serverEpoch, step, now);
        await unit.CommitAsync(cancellationToken);
        return row;
    }

    private async Task<SyncRecovery?> RecoveryAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await unit.Context<SyncStateDbContext>().Recoveries.AsNoTracking().FirstOrDefaultAsync(r => r.DeviceId == deviceId, cancellationToken);
    }

    private async Task<SyncCredential> CredentialAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await unit.Context<SyncStateDbContext>().Credentials.AsNoTracking().FirstAsync(c => c.DeviceId == deviceId, cancellationToken);
    }
}
