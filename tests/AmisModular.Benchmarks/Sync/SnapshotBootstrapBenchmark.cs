namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// Snapshot bootstrap time: a fresh client joins the book that already holds every voucher and installs it from a
/// snapshot (GET /sync/v1/snapshots, download with Range, SHA-256 check, atomic install) and then pulls the delta
/// after the snapshot cursor. The target: within 1.5× a plain file copy of the same store.
///
/// Snapshot bootstrap (cloud GET /sync/v1/snapshots; client SnapshotDownloader / SnapshotInstaller in
/// src/AmisModular.Sync/Snapshots) is being built on another branch and is not on this one, so this class reports
/// nothing rather than a made-up figure. To complete it after the merge: in <see cref="MeasureAsync"/> open a
/// fresh client on <c>storeFile</c> (a copy of the empty company store, see <see cref="SyncBenchmark"/>), enroll
/// it with <c>enrollmentCode</c>, then time the download + install + delta pull, check the store then holds
/// <c>expectedVouchers</c> cash vouchers (throw <see cref="Ledger.BenchmarkMismatchException"/> if not) and return
/// the elapsed time. The caller samples memory around the call and prints the figure against the file copy.
/// </summary>
public sealed class SnapshotBootstrapBenchmark
{
    public const string NotMeasuredReason = "snapshot bootstrap not on this branch";

    /// <summary>False until the snapshot client is merged; the caller then prints "not measured" with the reason.</summary>
    public static bool IsAvailable => false;

    /// <returns>The bootstrap time, or null when not measured (see <see cref="NotMeasuredReason"/>).</returns>
    public static Task<TimeSpan?> MeasureAsync(BenchCloud cloud, string storeFile, Guid companyId, string enrollmentCode, int expectedVouchers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        _ = (storeFile, companyId, enrollmentCode, expectedVouchers, cancellationToken);
        return Task.FromResult<TimeSpan?>(null);
    }
}
