using AmisModular.SyncHost.Tray.Headless;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmisModular.SyncHost.Tray;

/// <summary>Chooses the tray adapters at start: the first supported platform that starts, else headless.</summary>
public sealed class TraySelector(IEnumerable<ITrayPlatform> platforms, IOptions<TrayOptions> options, ILoggerFactory loggers)
{
    public async Task<TrayAdapters> SelectAsync(CancellationToken cancellationToken)
    {
        var mode = options.Value.Mode;
        var logger = loggers.CreateLogger<TraySelector>();
        if (!string.Equals(mode, "headless", StringComparison.OrdinalIgnoreCase))
        {
            var candidates = platforms
                .Where(p => string.Equals(mode, "auto", StringComparison.OrdinalIgnoreCase) || string.Equals(mode, p.Name, StringComparison.OrdinalIgnoreCase))
                .Where(p => p.IsSupported)
                .OrderBy(p => p.Priority);
            foreach (var platform in candidates)
            {
                try
                {
                    var adapters = await platform.CreateAsync(cancellationToken);
                    logger.LogInformation("Tray: {Platform}", platform.Name);
                    return adapters;
                }
#pragma warning disable CA1031 // Any failure of a desktop integration falls back to the next one; the host keeps running.
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    logger.LogWarning(ex, "Tray platform {Platform} failed to start; trying the next", platform.Name);
                }
            }
        }

        logger.LogInformation("Tray: headless (log only)");
        return new TrayAdapters("headless", new HeadlessTrayIcon(loggers.CreateLogger<HeadlessTrayIcon>()),
            new LoggingNotifier(loggers.CreateLogger<LoggingNotifier>()));
    }
}
