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
        AddBlocked(previous, current, alerts, cleared);
        AddFailure(previous, current, alerts, cleared);
        return new(alerts, cleared);
    }

    /// <summary>
    /// One alert per notice newer than <paramref name="lastNotified"/> (oldest first), with the notice's own text. The
    /// caller records the newest as notified, so a notice is told once, across restarts too.
    /// </summary>
    public static IReadOnlyList<SyncAlert> NoticeAlerts(SyncStatus current, Guid? lastNotified)
    {
        ArgumentNullException.ThrowIfNull(current);
        return [.. current.LatestNotices.Where(n => NoticeLedger.IsAfter(n.Id, lastNotified)).OrderBy(n => n.Id)
            .Select(n => new SyncAlert(KindOf(n), Reason: n.Message))];
    }

    private static AlertKind KindOf(NoticeView notice) => notice switch
    {
        { IsBookRemoval: true } => AlertKind.BookAccessRemoved,
        { Kind: "partition-removed" } => AlertKind.PartitionRemoved,
        { Kind: "changes-held" } => AlertKind.ChangesHeld,
        _ => AlertKind.DraftRenumbered,
    };

    /// <summary>Book access removed is told by its notice (persisted, once); re-enrollment has no notice, so by its state.</summary>
    private static void AddBlocked(SyncStatus previous, SyncStatus current, List<SyncAlert> alerts, List<AlertChannel> cleared)
    {
        if (current.Blocked == SyncBlock.ReenrollmentRequired && previous.Blocked != SyncBlock.ReenrollmentRequired)
        {
            alerts.Add(new(AlertKind.ReenrollmentRequired, Reason: current.BlockedMessage));
        }
        else if (current.Blocked == SyncBlock.None)
        {
            cleared.Add(AlertChannel.Blocked);
        }
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
        if (current.Blocked != SyncBlock.None)
        {
            // Told by its own alert (re-enrollment) or notice (book removed), not as a generic failure.
            return;
        }

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
