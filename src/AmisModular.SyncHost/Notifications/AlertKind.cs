namespace AmisModular.SyncHost.Notifications;

public enum AlertKind
{
    UploadPending,
    NewOnCloud,
    /// <summary>Conflicts or rejected (parked) documents waiting for a person.</summary>
    NeedsAttention,
    WentOffline,
    BackOnline,
    SyncFailed,
}
