using AmisModular.SyncHost.Control;

namespace AmisModular.EndToEnd.Tests.Infrastructure;

/// <summary>Drives a desktop's resident amis-sync through its control endpoint, as the shell does.</summary>
internal static class HostDriver
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Fast probes and polls and short retries, so a stopped cloud is noticed in about a second.</summary>
    public static readonly Dictionary<string, string> FastHost = new()
    {
        ["SyncHost__Sync__ProbeInterval"] = "00:00:01",
        ["SyncHost__Sync__OutboxPollInterval"] = "00:00:00.500",
        ["SyncHost__Sync__SyncInterval"] = "00:10:00",
        ["SyncHost__Sync__MinBackoff"] = "00:00:00.500",
        ["SyncHost__Sync__MaxBackoff"] = "00:00:02",
        ["SyncHost__Sync__MaxRetryAttempts"] = "1",
        ["SyncHost__Sync__RetryBaseDelay"] = "00:00:00.100",
        ["SyncHost__Sync__MaxRetryDelay"] = "00:00:00.200",
        ["SyncHost__Sync__AttemptTimeout"] = "00:00:05",
    };

    public static bool IsCut(Connectivity connectivity) => connectivity is Connectivity.Offline or Connectivity.CloudUnreachable;

    /// <summary>/sync-now until it succeeds: an automatic run (the host saw the cloud return) may hold the one run slot.</summary>
    public static async Task SyncNowAsync(Desktop desktop)
    {
        var deadline = DateTime.UtcNow + Patience;
        SyncRunResult result;
        do
        {
            result = await desktop.Client.SyncNowAsync(CancellationToken.None);
            if (result.Outcome == SyncRunOutcome.Succeeded)
            {
                return;
            }

            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"/sync-now on {desktop.Name} never succeeded: {result.Outcome} {result.Message}\n{desktop.Host?.Output}");
    }

    public static async Task<SyncStatus> WaitForStatusAsync(Desktop desktop, Func<SyncStatus, bool> wanted, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        SyncStatus status;
        do
        {
            status = await desktop.Client.GetStatusAsync(CancellationToken.None);
            if (wanted(status))
            {
                return status;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"{desktop.Name}'s /status never showed {what}: {status}\n{desktop.Host?.Output}");
        return status;
    }
}
