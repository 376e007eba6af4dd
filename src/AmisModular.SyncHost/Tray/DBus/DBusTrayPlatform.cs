using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tmds.DBus.Protocol;

namespace AmisModular.SyncHost.Tray.DBus;

/// <summary>The freedesktop tray: on Linux (and BSDs) with a session bus.</summary>
public sealed class DBusTrayPlatform(IOptions<TrayOptions> options, ILoggerFactory loggers) : ITrayPlatform
{
    public string Name => "dbus";

    public int Priority => 20;

    public bool IsSupported => !OperatingSystem.IsWindows() && !string.IsNullOrEmpty(Address);

    private string? Address => string.IsNullOrEmpty(options.Value.DBusAddress) ? DBusAddress.Session : options.Value.DBusAddress;

    public async Task<TrayAdapters> CreateAsync(CancellationToken cancellationToken)
    {
        var connection = new DBusConnection(Address!);
        try
        {
            await connection.ConnectAsync();
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new TrayAdapters(Name,
            new DBusTrayIcon(connection, loggers.CreateLogger<DBusTrayIcon>()),
            new DBusNotifier(connection, loggers.CreateLogger<DBusNotifier>()));
    }
}
