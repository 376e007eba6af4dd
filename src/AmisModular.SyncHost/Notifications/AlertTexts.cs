using AmisModular.SyncHost.Tray;

namespace AmisModular.SyncHost.Notifications;

/// <summary>The words of each notification. <c>occurrences</c> counts alerts merged into one bubble.</summary>
public static class AlertTexts
{
    public static UserNotification Render(SyncAlert alert, int occurrences)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var tag = alert.Channel.ToString();
        return alert.Kind switch
        {
            AlertKind.UploadPending => new(
                "Có chứng từ chờ gửi / Documents waiting to upload",
                $"{alert.Count} chứng từ chưa gửi lên máy chủ. Chọn \"Đồng bộ ngay\". / {alert.Count} documents not uploaded yet. Choose \"Sync now\".",
                NotificationUrgency.Normal, tag),
            AlertKind.NewOnCloud => new(
                "Có chứng từ mới trên máy chủ / New documents on the cloud",
                $"{alert.Count} chứng từ mới chờ tải về. Chọn \"Tải chứng từ\". / {alert.Count} new documents to download. Choose \"Download documents\".",
                NotificationUrgency.Normal, tag),
            AlertKind.NeedsAttention => new(
                "Chứng từ cần xử lý / Documents need attention",
                $"{alert.Count} chứng từ xung đột hoặc bị từ chối, mở AmisModular để xem lý do. / {alert.Count} documents in conflict or rejected; open AmisModular to see why.",
                NotificationUrgency.Critical, tag),
            AlertKind.WentOffline => new(
                "Mất kết nối / Gone offline",
                "Vẫn làm việc bình thường; chứng từ sẽ được gửi khi có mạng. / Keep working; documents are sent when the connection returns.",
                NotificationUrgency.Low, tag),
            AlertKind.BackOnline => new(
                "Đã có kết nối / Back online",
                "Đang đồng bộ lại với máy chủ. / Syncing with the cloud again.",
                NotificationUrgency.Low, tag),
            AlertKind.DraftRenumbered => new(
                "Chứng từ đã đổi số / Document renumbered", WithMore(alert.Reason, occurrences), NotificationUrgency.Normal, tag),
            AlertKind.PartitionRemoved => new(
                "Phân hệ đã bị gỡ khỏi máy này / Module removed from this device", WithMore(alert.Reason, occurrences), NotificationUrgency.Critical, tag),
            AlertKind.ChangesHeld => new(
                "Chứng từ tải về đang chờ / Pulled documents waiting", WithMore(alert.Reason, occurrences), NotificationUrgency.Normal, tag),
            AlertKind.BookAccessRemoved => new(
                "Mất quyền truy cập sổ / Book access removed", WithMore(alert.Reason, occurrences), NotificationUrgency.Critical, tag),
            AlertKind.ReenrollmentRequired => new(
                "Cần đăng ký lại thiết bị / Enroll this device again", alert.Reason ?? string.Empty, NotificationUrgency.Critical, tag),
            _ => new(
                "Đồng bộ thất bại / Sync failed",
                occurrences > 1 ? $"{alert.Reason} ({occurrences} lần / times)" : alert.Reason ?? string.Empty,
                NotificationUrgency.Critical, tag),
        };
    }

    /// <summary>Notices merged inside the interval: the latest text, and how many more to read in AmisModular.</summary>
    private static string WithMore(string? text, int occurrences) => occurrences > 1
        ? $"{text} (+{occurrences - 1} thông báo khác, xem trong AmisModular / more notices, see AmisModular)"
        : text ?? string.Empty;
}
