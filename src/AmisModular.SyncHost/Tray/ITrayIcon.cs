namespace AmisModular.SyncHost.Tray;

/// <summary>The status icon in the notification area, with its tooltip and context menu.</summary>
public interface ITrayIcon : IAsyncDisposable
{
    /// <summary>Shows the icon the first time, updates it afterwards.</summary>
    Task ShowAsync(TrayState state, CancellationToken cancellationToken);

    /// <summary>Raised when the user picks a menu item; may come from any thread.</summary>
    event EventHandler<TrayMenuInvokedEventArgs>? MenuItemInvoked;
}
