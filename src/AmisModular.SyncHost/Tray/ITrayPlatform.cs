namespace AmisModular.SyncHost.Tray;

/// <summary>
/// A desktop tray technology (Win32 Shell_NotifyIcon, freedesktop D-Bus). Registered in the container; the first
/// supported one that starts is used, else the headless adapters.
/// </summary>
public interface ITrayPlatform
{
    string Name { get; }

    /// <summary>Lower runs first.</summary>
    int Priority { get; }

    bool IsSupported { get; }

    /// <exception cref="Exception">Any failure: the selector logs it and tries the next platform.</exception>
    Task<TrayAdapters> CreateAsync(CancellationToken cancellationToken);
}
