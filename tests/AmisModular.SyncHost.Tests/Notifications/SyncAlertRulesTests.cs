using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Notifications;

namespace AmisModular.SyncHost.Tests.Notifications;

public sealed class SyncAlertRulesTests
{
    private static readonly SyncStatus Online = new() { EngineConfigured = true, Connectivity = Connectivity.Online };

    [Fact]
    public void Evaluate_PendingUploadsWhileOffline_NoUploadAlert()
    {
        var offline = Online with { Connectivity = Connectivity.Offline, PendingUploads = 4 };

        var result = SyncAlertRules.Evaluate(offline, offline);

        Assert.DoesNotContain(result.Alerts, a => a.Kind == AlertKind.UploadPending);
    }

    [Fact]
    public void Evaluate_GoingOffline_ThenBackOnlineWithPending_AlertsBoth()
    {
        var offline = Online with { Connectivity = Connectivity.CloudUnreachable, PendingUploads = 4 };

        Assert.Contains(SyncAlertRules.Evaluate(Online, offline).Alerts, a => a.Kind == AlertKind.WentOffline);
        var back = SyncAlertRules.Evaluate(offline, offline with { Connectivity = Connectivity.Online }).Alerts;
        Assert.Contains(back, a => a.Kind == AlertKind.BackOnline);
        Assert.Contains(back, a => a is { Kind: AlertKind.UploadPending, Count: 4 });
    }

    [Fact]
    public void Evaluate_ConflictsAndRejections_OneAttentionAlertWithTheSum()
    {
        var result = SyncAlertRules.Evaluate(Online, Online with { Conflicts = 2, Parked = 1 });

        Assert.Contains(result.Alerts, a => a is { Kind: AlertKind.NeedsAttention, Count: 3 });
    }

    [Fact]
    public void Evaluate_NewError_AlertsWithReason_AndSuccessClearsFailures()
    {
        var failed = Online with { LastError = "Kỳ 03/2026 đã khóa / Period 03/2026 is locked" };

        Assert.Contains(SyncAlertRules.Evaluate(Online, failed).Alerts, a => a is { Kind: AlertKind.SyncFailed, Reason: "Kỳ 03/2026 đã khóa / Period 03/2026 is locked" });
        var success = SyncAlertRules.Evaluate(failed, Online with { LastSuccessfulSync = DateTimeOffset.UnixEpoch });
        Assert.Contains(AlertChannel.Failures, success.Cleared);
    }

    [Fact]
    public void Evaluate_NoEngine_NoAlerts()
    {
        var result = SyncAlertRules.Evaluate(SyncStatus.NotConfigured, SyncStatus.NotConfigured with { IsPaused = true });

        Assert.Empty(result.Alerts);
    }

    [Fact]
    public void NoticeAlerts_OnlyNoticesAfterTheLastNotified_OldestFirstWithTheirText()
    {
        var old = Notice("renumbered", "cash", "PT00001 → PT00002");
        var removed = Notice("partition-removed", "cash", "Phân hệ Quỹ đã bị gỡ / Cash removed");
        var book = Notice("partition-removed", "*", "Sổ đã bị gỡ / Book removed");
        var status = Online with { LatestNotices = [book, removed, old] };

        var alerts = SyncAlertRules.NoticeAlerts(status, old.Id);

        Assert.Equal([AlertKind.PartitionRemoved, AlertKind.BookAccessRemoved], alerts.Select(a => a.Kind));
        Assert.Equal(removed.Message, alerts[0].Reason);
        Assert.Empty(SyncAlertRules.NoticeAlerts(status, book.Id));
        Assert.Equal(3, SyncAlertRules.NoticeAlerts(status, null).Count);
    }

    [Fact]
    public void Evaluate_ReenrollmentRequired_OneReenrollAlertAndNoGenericFailure()
    {
        var blocked = Online with { Connectivity = Connectivity.Unauthorized, Blocked = SyncBlock.ReenrollmentRequired, BlockedMessage = "enroll again" };

        var alerts = SyncAlertRules.Evaluate(Online, blocked).Alerts;

        Assert.Equal(new SyncAlert(AlertKind.ReenrollmentRequired, Reason: "enroll again"), Assert.Single(alerts));
        Assert.Empty(SyncAlertRules.Evaluate(blocked, blocked).Alerts);
    }

    private static DateTimeOffset _at = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Version-7 ids a second apart: they order by creation, as the engine's do across runs.</summary>
    private static NoticeView Notice(string kind, string module, string message)
    {
        _at = _at.AddSeconds(1);
        return new(Guid.CreateVersion7(_at), kind, module, message, _at);
    }
}
