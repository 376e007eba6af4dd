using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Tray;

namespace AmisModular.SyncHost.Notifications;

/// <summary>
/// Status changes in, notifications to show out: the alert rules followed by the coalescer. Notices are offered once
/// each: the newest offered is recorded in the <see cref="NoticeLedger"/> (persisted), so a restart does not repeat them.
/// </summary>
public sealed class SyncNotificationPipeline(NotificationCoalescer coalescer, NoticeLedger ledger)
{
    public IReadOnlyList<UserNotification> OnStatusChanged(SyncStatus previous, SyncStatus current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var evaluation = SyncAlertRules.Evaluate(previous, current);
        foreach (var channel in evaluation.Cleared)
        {
            coalescer.Clear(channel);
        }

        var shown = new List<UserNotification>();
        foreach (var alert in evaluation.Alerts.Concat(NewNotices(current)))
        {
            if (coalescer.Offer(alert) is { } notification)
            {
                shown.Add(notification);
            }
        }

        return shown;
    }

    public IReadOnlyList<UserNotification> ReleaseDue() => coalescer.ReleaseDue();

    private IReadOnlyList<SyncAlert> NewNotices(SyncStatus current)
    {
        var alerts = SyncAlertRules.NoticeAlerts(current, ledger.LastNotified);
        if (alerts.Count > 0)
        {
            // Recorded when offered: the coalescer shows it now or releases it when its interval ends.
            ledger.MarkNotified(current.LatestNotices.Max(n => n.Id));
        }

        return alerts;
    }
}
