namespace AmisModular.SyncHost.Tray;

/// <param name="Tag">Same tag = the same subject: adapters replace the previous bubble of that tag where they can.</param>
public sealed record UserNotification(string Title, string Body, NotificationUrgency Urgency, string Tag);
