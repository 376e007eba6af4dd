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

    /// <summary>A draft took a new number after a number collision (the notice text names both numbers).</summary>
    DraftRenumbered,

    /// <summary>A module's data was removed from this device (the licence dropped the module).</summary>
    PartitionRemoved,

    /// <summary>Pulled documents this store cannot apply yet wait here (the notice says how many and why).</summary>
    ChangesHeld,

    /// <summary>The server removed this device's access to its book.</summary>
    BookAccessRemoved,

    /// <summary>The restored server no longer knows this device: enroll again.</summary>
    ReenrollmentRequired,
}
