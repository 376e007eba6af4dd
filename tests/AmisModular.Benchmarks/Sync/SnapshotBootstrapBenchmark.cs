using AmisModular.Modules.Cash.Storage;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// Snapshot bootstrap time: a fresh client joins the book that already holds every voucher and installs it from a
/// snapshot (GET /sync/v1/snapshots — built by the cloud inside that request, so the build is timed too — download
/// with Range, chunk and file SHA-256 checks, atomic rename, install through the adapters in page-sized transactions),
/// then syncs the delta after the snapshot cursor. The target: within 1.5× a plain file copy of the same store.
/// </summary>
public static class SnapshotBootstrapBenchmark
{
    /// <returns>The bootstrap time, phase by phase.</returns>
    public static async Task<BootstrapTimes> MeasureAsync(BenchCloud cloud, string storeFile, Guid companyId, string enrollmentCode, int expectedVouchers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        _ = companyId;
        await using var c = BenchClient.Open(storeFile, Guid.CreateVersion7(), cloud.Address);
        var credential = await c.EnrollAsync(enrollmentCode, cancellationToken);
        var phases = new Dictionary<SnapshotPhase, TimeSpan>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        c.Engine.Snapshots.ProgressChanged += (_, progress) => phases.TryAdd(progress.Phase, watch.Elapsed);
        var installed = await c.Engine.Snapshots.BootstrapAsync(credential, cancellationToken);
        var bootstrapped = watch.Elapsed;
        var delta = await c.Engine.SyncAsync(cancellationToken);
        var total = watch.Elapsed;
        await using var unit = await c.Store.BeginReadAsync(cancellationToken);
        var held = await unit.Context<CashDbContext>().Vouchers.CountAsync(cancellationToken);
        Ledger.BenchmarkMismatchException.ThrowIfDifferent("vouchers on C after the snapshot bootstrap (installed, delta pulled, held)",
            (expectedVouchers, 0, expectedVouchers), ((int)installed.Applied, delta.Pulled, held));
        return Split(phases, bootstrapped, total);
    }

    /// <summary>Each phase runs from its first progress event to the next phase's first (a skipped phase is zero).</summary>
    private static BootstrapTimes Split(Dictionary<SnapshotPhase, TimeSpan> phases, TimeSpan bootstrapped, TimeSpan total)
    {
        var downloading = phases.GetValueOrDefault(SnapshotPhase.Downloading, TimeSpan.Zero);
        var installing = phases.GetValueOrDefault(SnapshotPhase.Installing, downloading);
        var done = phases.GetValueOrDefault(SnapshotPhase.Done, bootstrapped);
        var reconciling = phases.GetValueOrDefault(SnapshotPhase.Reconciling, done);
        return new BootstrapTimes(downloading, installing - downloading, reconciling - installing, done - reconciling, total - done);
    }
}
