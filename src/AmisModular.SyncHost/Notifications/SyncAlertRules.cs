using AmisModular.SyncHost.Control;

namespace AmisModular.SyncHost.Notifications;

/// <summary>Decides, from two consecutive statuses, when a sync is needed or something needs the user.</summary>
public static class SyncAlertRules
{
    public static AlertEvaluation Evaluate(SyncStatus previous, SyncStatus current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var alerts = new List<SyncAlert>();
        var cleared = new List<AlertChannel>();
        if (!current.EngineConfigured)
        {
            return new(alerts, cleared);
        }

        AddConnectivity(previous, current, alerts);
        AddCount(current.Connectivity == Connectivity.Online && !current.IsPaused ? current.PendingUploads : 0,
            AlertKind.UploadPending, AlertChannel.Uploads, alerts, cleared);
        AddCount(current.NewOnCloud, AlertKind.NewOnCloud, AlertChannel.CloudDocuments, alerts, cleared);
        AddCount(current.Conflicts + current.Parked, AlertKind.NeedsAttention, AlertChannel.Attention, alerts, cleared);
        AddFailure(previous, current, alerts, cleared);
        return new(alerts, cleared);
    }

    private static void AddConnectivity(SyncStatus previous, SyncStatus current, List<SyncAlert> alerts)
    {
        var wasOnline = previous.Connectivity == Connectivity.Online;
        var isOnline = current.Connectivity == Connectivity.Online;
        var isDown = current.Connectivity is Connectivity.Offline or Connectivity.CloudUnreachable;
        if (wasOnline && isDown)
        {
            alerts.Add(new(AlertKind.WentOffline, Reason: current.Connectivity.ToString()));
        }
        else if (!wasOnline && isOnline && previous.Connectivity != Connectivity.Unknown)
        {
            alerts.Add(new(AlertKind.BackOnline));
        }
    }

    private static void AddCount(int count, AlertKind kind, AlertChannel channel, List<SyncAlert> alerts, List<AlertChannel> cleared)
    {
        if (count > 0)
        {
            alerts.Add(new(kind, count));
        }
        else
        {
            cleared.Add(channel);
        }
    }

    private static void AddFailure(SyncStatus previous, SyncStatus current, List<SyncAlert> alerts, List<AlertChannel> cleared)
    {
        if (current.Connectivity == Connectivity.Unauthorized && previous.Connectivity != Connectivity.Unauthorized)
        {
            alerts.Add(new(AlertKind.SyncFailed, Reason: "Máy chủ từ chối thiết bị (401), cần đăng nhập lại / The cloud refused this device (401), sign in again"));
        }
        else if (current.LastError is { } error && error != previous.LastError)
        {
            alerts.Add(new(AlertKind.SyncFailed, Reason: error));
        }
        else if (current.LastError is null && current.LastSuccessfulSync != previous.LastSuccessfulSync)
        {
            cleared.Add(AlertChannel.Failures);
        }
    }
}
