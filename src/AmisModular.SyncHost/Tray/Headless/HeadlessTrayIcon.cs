using Microsoft.Extensions.Logging;

namespace AmisModular.SyncHost.Tray.Headless;

/// <summary>The tray of a machine without a desktop (a server, a service, CI): it logs what the icon would show.</summary>
public sealed class HeadlessTrayIcon(ILogger<HeadlessTrayIcon> logger) : ITrayIcon
{
    private TrayState? _last;

    // Never raised: a headless host has no menu; the shell uses the control endpoint instead.
    public event EventHandler<TrayMenuInvokedEventArgs>? MenuItemInvoked
    {
        add { }
        remove { }
    }

    public Task ShowAsync(TrayState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (_last is null || _last.Icon != state.Icon || _last.Tooltip != state.Tooltip)
        {
            logger.LogInformation("Tray {Icon}: {Tooltip}", state.Icon, state.Tooltip.Replace('\n', ';'));
        }

        _last = state;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
