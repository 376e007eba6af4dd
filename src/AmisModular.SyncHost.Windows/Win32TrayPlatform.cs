using AmisModular.SyncHost.Tray;
using Microsoft.Extensions.Logging;

namespace AmisModular.SyncHost.Windows;

/// <summary>The Windows notification area: one icon, its balloon notifications and its context menu.</summary>
public sealed class Win32TrayPlatform(ILoggerFactory loggers) : ITrayPlatform
{
    public string Name => "win32";

    public int Priority => 10;

    public bool IsSupported => OperatingSystem.IsWindows();

    public async Task<TrayAdapters> CreateAsync(CancellationToken cancellationToken)
    {
        var icon = await Win32TrayIcon.StartAsync(loggers.CreateLogger<Win32TrayIcon>(), cancellationToken);
        return new TrayAdapters(Name, icon, icon);
    }
}
