namespace AmisModular.SyncHost.Tray;

/// <summary>What the icon shows; each adapter maps it to its own icon (a themed name, a system icon).</summary>
public enum TrayIconKind
{
    Idle,
    Syncing,
    Attention,
    Offline,
    Paused,
    Error,
    NotConfigured,
}
