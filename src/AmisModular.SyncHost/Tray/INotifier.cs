namespace AmisModular.SyncHost.Tray;

/// <summary>Desktop notifications (bubbles / toasts).</summary>
public interface INotifier
{
    Task NotifyAsync(UserNotification notification, CancellationToken cancellationToken);
}
