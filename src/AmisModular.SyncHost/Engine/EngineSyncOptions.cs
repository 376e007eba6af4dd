namespace AmisModular.SyncHost.Engine;

/// <summary>
/// Bound from <c>SyncHost:Sync</c>: when the host syncs by itself (RETRY line of the sync protocol: on local commit,
/// on network change, on a timer) and how the engine retries one request.
/// </summary>
public sealed class EngineSyncOptions
{
    /// <summary>The cloud's address; when empty, the address saved by <c>amis-sync enroll</c> is used.</summary>
    public Uri? CloudUrl { get; set; }

    /// <summary>A full sync at least this often, even when nothing changed locally.</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the hello probe checks whether the cloud is reachable.</summary>
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the outbox is counted to notice local commits (cheap: one COUNT per poll).</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The first wait after a failed automatic run; doubles with full jitter up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan MinBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest Retry-After honoured: a cloud asking for more does not silence the host for longer.</summary>
    public TimeSpan MaxServerRequestedWait { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Retries of one HTTP request inside a run (the engine's resilience handler).</summary>
    public int MaxRetryAttempts { get; set; } = 5;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
