using System.Threading.Channels;
using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Notifications;
using AmisModular.SyncHost.Tray;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmisModular.SyncHost.Hosting;

/// <summary>
/// The resident loop: shows the tray, follows the controller's status (tray + notifications through the
/// coalescer), runs the menu's commands and releases held notifications on a timer.
/// </summary>
public sealed class SyncHostWorker(
    ISyncController controller,
    TraySelector selector,
    TrayCommandRouter router,
    SyncNotificationPipeline notifications,
    TimeProvider time,
    IOptions<SyncHostOptions> options,
    ILogger<SyncHostWorker> logger) : BackgroundService
{
    private readonly Channel<SyncStatusChangedEventArgs> _changes = Channel.CreateUnbounded<SyncStatusChangedEventArgs>(new() { SingleReader = true });
    private TrayAdapters? _adapters;

    /// <summary>The adapters in use, once started (for diagnostics and tests).</summary>
    public TrayAdapters? Adapters => _adapters;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribed before ExecuteAsync (which runs on a pool thread): changes while the tray starts are queued, not lost.
        controller.StatusChanged += OnStatusChanged;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var adapters = await selector.SelectAsync(stoppingToken);
        _adapters = adapters;
        adapters.Icon.MenuItemInvoked += (_, e) => _ = RunCommandAsync(adapters, e.Command, stoppingToken);
        try
        {
            await adapters.Icon.ShowAsync(TrayStatePresenter.Present(controller.Current), stoppingToken);
            await Task.WhenAll(FollowStatusAsync(adapters, stoppingToken), ReleaseHeldAsync(adapters, stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            controller.StatusChanged -= OnStatusChanged;
            await adapters.Icon.DisposeAsync();
        }
    }

    private void OnStatusChanged(object? sender, SyncStatusChangedEventArgs e) => _changes.Writer.TryWrite(e);

    private async Task FollowStatusAsync(TrayAdapters adapters, CancellationToken stoppingToken)
    {
        await foreach (var change in _changes.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await adapters.Icon.ShowAsync(TrayStatePresenter.Present(change.Current), stoppingToken);
                foreach (var notification in notifications.OnStatusChanged(change.Previous, change.Current))
                {
                    await adapters.Notifier.NotifyAsync(notification, stoppingToken);
                }
            }
#pragma warning disable CA1031 // One failed update must not stop the resident loop; the next status change retries.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Showing the sync status failed");
            }
        }
    }

    private async Task ReleaseHeldAsync(TrayAdapters adapters, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.NotificationTick, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var notification in notifications.ReleaseDue())
            {
                await adapters.Notifier.NotifyAsync(notification, stoppingToken);
            }
        }
    }

    private async Task RunCommandAsync(TrayAdapters adapters, TrayCommand command, CancellationToken stoppingToken)
    {
        try
        {
            logger.LogInformation("Tray command {Command}", command);
            if (await router.HandleAsync(command, stoppingToken) is { } notification)
            {
                await adapters.Notifier.NotifyAsync(notification, stoppingToken);
            }
        }
#pragma warning disable CA1031 // A failing menu command must not take the resident host down; it is logged and shown.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Tray command {Command} failed", command);
            await adapters.Notifier.NotifyAsync(
                new UserNotification("Lỗi / Error", ex.Message, NotificationUrgency.Critical, "Run"), stoppingToken);
        }
    }
}
