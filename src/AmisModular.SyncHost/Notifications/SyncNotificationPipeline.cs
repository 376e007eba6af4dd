using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Tray;

namespace AmisModular.SyncHost.Notifications;

/// <summary>Status changes in, notifications to show out: the alert rules followed by the coalescer.</summary>
public sealed class SyncNotificationPipeline(NotificationCoalescer coalescer)
{
    public IReadOnlyList<UserNotification> OnStatusChanged(SyncStatus previous, SyncStatus current)
    {
        var evaluation = SyncAlertRules.Evaluate(previous, current);
        foreach (var channel in evaluation.Cleared)
        {
            coalescer.Clear(channel);
        }

        var shown = new List<UserNotification>();
        foreach (var alert in evaluation.Alerts)
        {
            if (coalescer.Offer(alert) is { } notification)
            {
                shown.Add(notification);
            }
        }

        return shown;
    }

    public IReadOnlyList<UserNotification> ReleaseDue() => coalescer.ReleaseDue();
}
