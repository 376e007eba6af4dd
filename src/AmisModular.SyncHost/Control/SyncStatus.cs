namespace AmisModular.SyncHost.Control;

/// <summary>
/// A snapshot of the sync engine's state, as the tray, the notifications and the shell show it. Counts follow the
/// PROGRESS line of the sync protocol: pending uploads (outbox rows not acked), documents waiting on the cloud
/// (highWater - cursor, summed over partitions), conflicts kept for the user and parked (rejected) items.
/// </summary>
public sealed record SyncStatus
{
    /// <summary>False while no sync engine is wired into the host: every other field is then "nothing known".</summary>
    public bool EngineConfigured { get; init; }

    public Connectivity Connectivity { get; init; }

    public bool IsPaused { get; init; }

    public bool IsSyncing { get; init; }

    public int PendingUploads { get; init; }

    public int NewOnCloud { get; init; }

    public int Conflicts { get; init; }

    /// <summary>Items the cloud rejected for good (rejected{retryable:false}), parked with a reason for a person.</summary>
    public int Parked { get; init; }

    /// <summary>Pulled changes this store refused (module missing, sub-account not here yet...), held and tried again at every sync.</summary>
    public int HeldInbound { get; init; }

    public DateTimeOffset? LastSuccessfulSync { get; init; }

    /// <summary>The reason the last run failed, readable by a person; null after a successful run.</summary>
    public string? LastError { get; init; }

    /// <summary>Set while sync is stopped until a person acts (enroll again, book access removed); <see cref="BlockedMessage"/> says what to do.</summary>
    public SyncBlock Blocked { get; init; }

    /// <summary>Vietnamese, then English; null when <see cref="Blocked"/> is <see cref="SyncBlock.None"/>.</summary>
    public string? BlockedMessage { get; init; }

    /// <summary>The snapshot bootstrap's progress while one runs (new device, expired cursor); null otherwise.</summary>
    public BootstrapStatus? Bootstrap { get; init; }

    /// <summary>Set while a recovery after a server restore runs ("recovering after server restore").</summary>
    public RecoveryStatus? Recovery { get; init; }

    /// <summary>Notices (renumbered drafts, removed modules or book) the user has not marked read.</summary>
    public int UnreadNotices { get; init; }

    /// <summary>The latest few notices, newest first. Replaced only when they change, so equal statuses stay equal.</summary>
    public IReadOnlyList<NoticeView> LatestNotices { get; init; } = [];

    /// <summary>The status of a host without a sync engine.</summary>
    public static SyncStatus NotConfigured { get; } = new()
    {
        EngineConfigured = false,
        Connectivity = Connectivity.Unknown,
        LastError = SyncHostTexts.NoEngine,
    };
}
