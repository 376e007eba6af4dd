namespace AmisModular.Sync.Engine;

public sealed class SyncEngineOptions
{
    public Uri? CloudAddress { get; set; }

    public int PushBatchSize { get; set; } = 500;

    public int PullPageSize { get; set; } = 500;

    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>First backoff delay; grows exponentially with full jitter up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Request bodies (pushes) larger than this many bytes go compressed; 0 sends everything as is.</summary>
    public int CompressRequestsAbove { get; set; } = 8 * 1024;

    /// <summary>"br" (smaller) or "gzip" (for proxies that only know gzip).</summary>
    public string RequestEncoding { get; set; } = Http.RequestCompressionHandler.Brotli;

    /// <summary>Where snapshot downloads go; default <c>sync-snapshots</c> beside the SQLite store file.</summary>
    public string? SnapshotFolder { get; set; }

    /// <summary>
    /// A device that has pulled nothing yet bootstraps from a snapshot when the book holds more changes than this;
    /// null = 10 pull pages. Below that the plain pull is as cheap and spares the server a snapshot build.
    /// </summary>
    public long? SnapshotThreshold { get; set; }

    internal long SnapshotThresholdOrDefault => SnapshotThreshold ?? 10L * PullPageSize;
}
