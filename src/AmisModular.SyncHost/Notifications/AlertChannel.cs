namespace AmisModular.SyncHost.Notifications;

/// <summary>Alerts on one channel replace each other: offline and back online are one subject, not two.</summary>
public enum AlertChannel
{
    Uploads,
    CloudDocuments,
    Attention,
    Connectivity,
    Failures,
}
