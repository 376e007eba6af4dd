namespace AmisModular.SyncHost.Tray;

/// <summary>The one menu of the sync host, the same on every platform.</summary>
public static class TrayMenu
{
    public static IReadOnlyList<TrayMenuItem> For(bool paused) =>
    [
        new(1, TrayCommand.SyncNow, SyncHostTexts.SyncNow, Enabled: !paused),
        new(2, TrayCommand.DownloadNow, SyncHostTexts.DownloadNow, Enabled: !paused),
        new(3, TrayCommand.OpenShell, SyncHostTexts.OpenShell),
        new(4, TrayCommand.PauseOrResume, paused ? SyncHostTexts.Resume : SyncHostTexts.Pause),
        new(5, TrayCommand.Quit, SyncHostTexts.Quit, SeparatorBefore: true),
    ];
}
