namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// Where a snapshot bootstrap's time goes, read from the bootstrap's own progress events: the manifest request (the
/// cloud builds the snapshot inside it), the download with its checks, the install through the adapters, the
/// reconcile pass (removing local documents the server no longer has; skipped on a store that held none), the delta sync.
/// </summary>
public sealed record BootstrapTimes(TimeSpan Manifest, TimeSpan Download, TimeSpan Install, TimeSpan Reconcile, TimeSpan Delta)
{
    public TimeSpan Total => Manifest + Download + Install + Reconcile + Delta;
}
