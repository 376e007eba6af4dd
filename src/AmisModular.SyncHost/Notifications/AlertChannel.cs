namespace AmisModular.SyncHost.Notifications;

/// <summary>Alerts on one channel replace each other: offline and back online are one subject, not two.</summary>
public enum AlertChannel
{
    Uploads,
    CloudDocuments,
    Attention,
    Connectivity,
    Failures,

    /// <summary>Things sync did on its own (renumbered drafts, removed modules or book), one per notice.</summary>
    Notices,

    /// <summary>Sync stopped until a person acts (enroll again).</summary>
    Blocked,
}
