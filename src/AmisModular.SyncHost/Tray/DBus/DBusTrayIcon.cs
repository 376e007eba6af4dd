using Microsoft.Extensions.Logging;
using Tmds.DBus.Protocol;

namespace AmisModular.SyncHost.Tray.DBus;

/// <summary>
/// The tray icon on a freedesktop desktop: a StatusNotifierItem with a dbusmenu menu, registered with the
/// org.kde.StatusNotifierWatcher when one runs (KDE, GNOME with the AppIndicator extension, XFCE, ...).
/// </summary>
public sealed class DBusTrayIcon : ITrayIcon
{
    public const string WatcherName = "org.kde.StatusNotifierWatcher";
    public const string WatcherPath = "/StatusNotifierWatcher";

    private readonly DBusConnection _connection;
    private readonly ILogger _logger;
    private readonly StatusNotifierItemObject _item;
    private readonly DBusMenuObject _menu;
    private bool _registered;

    public DBusTrayIcon(DBusConnection connection, ILogger<DBusTrayIcon> logger)
    {
        _connection = connection;
        _logger = logger;
        _item = new StatusNotifierItemObject(Raise);
        _menu = new DBusMenuObject(Raise);
    }

    public event EventHandler<TrayMenuInvokedEventArgs>? MenuItemInvoked;

    /// <summary>The well-known bus name of this item, as given to the watcher.</summary>
    public string ServiceName { get; } = $"org.kde.StatusNotifierItem-{Environment.ProcessId}-1";

    public async Task ShowAsync(TrayState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        _item.Update(state);
        var revision = _menu.Update(state.Menu);
        if (!_registered)
        {
            _registered = true;
            _connection.AddMethodHandlers([_item, _menu]);
            await _connection.RequestNameAsync(ServiceName, RequestNameOptions.None);
            await RegisterWithWatcherAsync();
            return;
        }

        DBusWire.EmitSignal(_connection, StatusNotifierItemObject.ObjectPath, StatusNotifierItemObject.Interface, "NewIcon");
        DBusWire.EmitSignal(_connection, StatusNotifierItemObject.ObjectPath, StatusNotifierItemObject.Interface, "NewToolTip");
        DBusWire.EmitSignal(_connection, StatusNotifierItemObject.ObjectPath, StatusNotifierItemObject.Interface, "NewStatus",
            state.NeedsAttention ? "NeedsAttention" : "Active");
        EmitLayoutUpdated(revision);
    }

    public ValueTask DisposeAsync()
    {
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task RegisterWithWatcherAsync()
    {
        try
        {
            await _connection.CallMethodAsync(CreateRegisterMessage());
            _logger.LogInformation("Tray icon registered with {Watcher} as {Service}", WatcherName, ServiceName);
        }
        catch (DBusErrorReplyException ex)
        {
            // No tray host on this desktop: notifications still work; the shell and the control endpoint remain.
            _logger.LogWarning("No StatusNotifierWatcher on the session bus ({Error}); the tray icon is not shown", ex.ErrorName);
        }
    }

    private MessageBuffer CreateRegisterMessage()
    {
        var writer = _connection.GetMessageWriter();
        writer.WriteMethodCallHeader(destination: WatcherName, path: WatcherPath, @interface: WatcherName,
            member: "RegisterStatusNotifierItem", signature: "s");
        writer.WriteString(ServiceName);
        var message = writer.CreateMessage();
        writer.Dispose();
        return message;
    }

    private void EmitLayoutUpdated(uint revision)
    {
        var writer = _connection.GetMessageWriter();
        writer.WriteSignalHeader(path: DBusMenuObject.ObjectPath, @interface: DBusMenuObject.Interface, member: "LayoutUpdated", signature: "ui");
        writer.WriteUInt32(revision);
        writer.WriteInt32(0);
        _connection.TrySendMessage(writer.CreateMessage());
        writer.Dispose();
    }

    private void Raise(TrayCommand command) => MenuItemInvoked?.Invoke(this, new TrayMenuInvokedEventArgs(command));
}
