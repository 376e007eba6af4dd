namespace AmisModular.SyncHost.Tray;

public enum TrayCommand
{
    SyncNow,
    DownloadNow,
    OpenShell,
    /// <summary>Pause when running, resume when paused: one menu item whose label follows the state.</summary>
    PauseOrResume,
    Quit,
}
