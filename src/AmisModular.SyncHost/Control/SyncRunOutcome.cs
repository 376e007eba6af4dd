namespace AmisModular.SyncHost.Control;

public enum SyncRunOutcome
{
    Succeeded,
    Failed,
    /// <summary>The host has no sync engine; nothing was sent or received.</summary>
    NotConfigured,
    /// <summary>Sync is paused by the user; nothing was sent or received.</summary>
    Paused,
    /// <summary>A run was already in progress (one uploader per device); this request joined nothing.</summary>
    AlreadyRunning,
}
