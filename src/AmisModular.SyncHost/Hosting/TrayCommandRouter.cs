using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Tray;
using Microsoft.Extensions.Hosting;

namespace AmisModular.SyncHost.Hosting;

/// <summary>What each tray menu item does. Returns a notification to show when the user must be told the outcome.</summary>
public sealed class TrayCommandRouter(ISyncController controller, ShellLauncher shell, IHostApplicationLifetime lifetime)
{
    public async Task<UserNotification?> HandleAsync(TrayCommand command, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case TrayCommand.SyncNow:
                return Outcome(await controller.SyncNowAsync(cancellationToken));
            case TrayCommand.DownloadNow:
                return Outcome(await controller.DownloadNowAsync(cancellationToken));
            case TrayCommand.OpenShell:
                return shell.TryLaunch() is { } reason
                    ? new UserNotification(SyncHostTexts.OpenShell, reason, NotificationUrgency.Normal, "Shell")
                    : null;
            case TrayCommand.PauseOrResume:
                if (controller.Current.IsPaused)
                {
                    controller.Resume();
                }
                else
                {
                    controller.Pause();
                }

                return null;
            default:
                lifetime.StopApplication();
                return null;
        }
    }

    /// <summary>The user asked for this run: a failure or a refusal is always shown, success stays quiet.</summary>
    private static UserNotification? Outcome(SyncRunResult result) => result.Outcome switch
    {
        SyncRunOutcome.Succeeded or SyncRunOutcome.AlreadyRunning => null,
        SyncRunOutcome.Paused => new("Đồng bộ đang tạm dừng / Sync is paused", "Chọn \"Tiếp tục\" để đồng bộ. / Choose \"Resume\" to sync.", NotificationUrgency.Normal, "Run"),
        _ => new("Không đồng bộ được / Sync did not run", result.Message ?? result.Outcome.ToString(), NotificationUrgency.Critical, "Run"),
    };
}
