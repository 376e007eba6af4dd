using Microsoft.Extensions.Logging;

namespace AmisModular.SyncHost.Tray.Headless;

/// <summary>Notifications of a machine without a desktop: written to the log at a level that follows the urgency.</summary>
public sealed class LoggingNotifier(ILogger<LoggingNotifier> logger) : INotifier
{
    public Task NotifyAsync(UserNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var level = notification.Urgency switch
        {
            NotificationUrgency.Critical => LogLevel.Error,
            NotificationUrgency.Normal => LogLevel.Warning,
            _ => LogLevel.Information,
        };
        logger.Log(level, "Notification [{Tag}] {Title}: {Body}", notification.Tag, notification.Title, notification.Body);
        return Task.CompletedTask;
    }
}
