namespace AmisModular.SyncHost.Notifications;

/// <summary>The least time between two notifications of one channel. Bound from <c>SyncHost:Notifications</c>.</summary>
public sealed class CoalescerOptions
{
    public TimeSpan UploadsInterval { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan CloudDocumentsInterval { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan AttentionInterval { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan ConnectivityInterval { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan FailuresInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Short: each notice is news; only a burst (many drafts renumbered in one run) is merged.</summary>
    public TimeSpan NoticesInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan BlockedInterval { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan IntervalOf(AlertChannel channel) => channel switch
    {
        AlertChannel.Uploads => UploadsInterval,
        AlertChannel.CloudDocuments => CloudDocumentsInterval,
        AlertChannel.Attention => AttentionInterval,
        AlertChannel.Connectivity => ConnectivityInterval,
        AlertChannel.Notices => NoticesInterval,
        AlertChannel.Blocked => BlockedInterval,
        _ => FailuresInterval,
    };
}
