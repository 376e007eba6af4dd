namespace AmisModular.Cloud.Maintenance;

/// <summary>Runs <see cref="CloudMaintenance"/> every <see cref="MaintenanceOptions.Interval"/> while the node is up.</summary>
public sealed class CloudMaintenanceService(CloudMaintenance maintenance, Hosting.CloudOptions options, TimeProvider clock, ILogger<CloudMaintenanceService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Maintenance.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await maintenance.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The book list itself could not be read (database down): the next tick tries again.
                log.LogError(e, "Maintenance run failed");
            }
        }
    }
}
