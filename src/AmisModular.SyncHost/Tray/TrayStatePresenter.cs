using System.Globalization;
using AmisModular.SyncHost.Control;

namespace AmisModular.SyncHost.Tray;

/// <summary>Turns a sync status into what the tray shows.</summary>
public static class TrayStatePresenter
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static TrayState Present(SyncStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var lines = new List<string> { ConnectivityLine(status) };
        if (status.EngineConfigured)
        {
            // What stops or slows sync comes first: a person must act, or a long first sync is under way.
            lines.InsertRange(0, new[] { status.BlockedMessage, status.Recovery?.Message, status.Bootstrap?.Message }.OfType<string>());
            if (status.UnreadNotices > 0 && status.LatestNotices.Count > 0)
            {
                lines.Add($"Thông báo chưa đọc / Unread notices: {status.UnreadNotices} — {status.LatestNotices[0].Message}");
            }

            lines.Add($"Chờ gửi / To upload: {status.PendingUploads}");
            lines.Add($"Mới trên máy chủ / New on cloud: {status.NewOnCloud}");
            if (status.Conflicts + status.Parked > 0)
            {
                lines.Add($"Cần xử lý / Needs attention: {status.Conflicts} xung đột / conflicts, {status.Parked} bị từ chối / rejected");
            }

            if (status.HeldInbound > 0)
            {
                lines.Add($"Tải về đang chờ áp dụng / Pulled, waiting to apply: {status.HeldInbound}");
            }

            lines.Add(status.LastSuccessfulSync is { } last
                ? $"Đồng bộ lần cuối / Last sync: {last.ToLocalTime().ToString("dd/MM/yyyy HH:mm", Vietnamese)}"
                : "Chưa đồng bộ lần nào / Never synced");
        }

        if (status.LastError is { } error && !lines.Contains(error))
        {
            lines.Add(error);
        }

        return new TrayState(IconFor(status), SyncHostTexts.AppName, string.Join('\n', lines), TrayMenu.For(status.IsPaused));
    }

    private static TrayIconKind IconFor(SyncStatus status) => status switch
    {
        { EngineConfigured: false } => TrayIconKind.NotConfigured,
        { IsPaused: true } => TrayIconKind.Paused,
        { Connectivity: Connectivity.Unauthorized } => TrayIconKind.Error,
        { Blocked: not SyncBlock.None } => TrayIconKind.Error,
        { Connectivity: Connectivity.Offline or Connectivity.CloudUnreachable } => TrayIconKind.Offline,
        { IsSyncing: true } => TrayIconKind.Syncing,
        { LastError: not null } => TrayIconKind.Error,
        _ when status.Conflicts + status.Parked > 0 => TrayIconKind.Attention,
        _ => TrayIconKind.Idle,
    };

    private static string ConnectivityLine(SyncStatus status) => status switch
    {
        { EngineConfigured: false } => SyncHostTexts.NoEngine,
        { IsPaused: true } => "Đã tạm dừng đồng bộ / Sync paused",
        { Connectivity: Connectivity.Online } => "Đang trực tuyến / Online",
        { Connectivity: Connectivity.Offline } => "Mất kết nối mạng / Offline",
        { Connectivity: Connectivity.CloudUnreachable } => "Không kết nối được máy chủ / Cloud unreachable",
        { Connectivity: Connectivity.Unauthorized } => "Máy chủ từ chối thiết bị, cần đăng nhập lại / Unauthorized, sign in again",
        _ => "Chưa rõ kết nối / Connectivity unknown",
    };
}
