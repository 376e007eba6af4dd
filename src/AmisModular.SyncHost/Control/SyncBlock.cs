namespace AmisModular.SyncHost.Control;

/// <summary>Why sync stopped for this device until a person acts: distinct from a passing error, which the next run may clear.</summary>
public enum SyncBlock
{
    None,

    /// <summary>The server was restored from a backup older than this device's enrollment: enroll again with a new code.</summary>
    ReenrollmentRequired,

    /// <summary>The server removed this device's access to its book; local documents and the queue are kept.</summary>
    BookAccessRemoved,
}
