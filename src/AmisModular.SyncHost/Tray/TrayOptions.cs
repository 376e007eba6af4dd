namespace AmisModular.SyncHost.Tray;

/// <summary>Bound from <c>SyncHost:Tray</c>.</summary>
public sealed class TrayOptions
{
    /// <summary>"auto" (the default), "headless", or a platform name ("dbus", "win32").</summary>
    public string Mode { get; set; } = "auto";

    /// <summary>The D-Bus session bus address; empty = DBUS_SESSION_BUS_ADDRESS.</summary>
    public string? DBusAddress { get; set; }
}
