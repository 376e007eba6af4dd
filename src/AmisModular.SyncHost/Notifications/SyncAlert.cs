namespace AmisModular.SyncHost.Notifications;

/// <summary>A reason to tell the user something. <paramref name="Count"/> is a current total, not an increment.</summary>
public sealed record SyncAlert(AlertKind Kind, int Count = 0, string? Reason = null)
{
    public AlertChannel Channel => Kind switch
    {
        AlertKind.UploadPending => AlertChannel.Uploads,
        AlertKind.NewOnCloud => AlertChannel.CloudDocuments,
        AlertKind.NeedsAttention => AlertChannel.Attention,
        AlertKind.WentOffline or AlertKind.BackOnline => AlertChannel.Connectivity,
        AlertKind.DraftRenumbered or AlertKind.PartitionRemoved or AlertKind.BookAccessRemoved or AlertKind.ChangesHeld => AlertChannel.Notices,
        AlertKind.ReenrollmentRequired => AlertChannel.Blocked,
        _ => AlertChannel.Failures,
    };
}
