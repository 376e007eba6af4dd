using System.Globalization;
using AmisModular.Modularity.Abstractions.Text;
using AmisModular.SyncHost.Control;
using HostStatus = AmisModular.SyncHost.Control.SyncStatus;

namespace AmisModular.Shell.Sync;

/// <summary>The sync host's state and run outcomes as the status bar says them.</summary>
internal static class SyncHostTexts
{
    public static LocalizedText State(HostStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (!status.EngineConfigured)
        {
            return new("Dịch vụ đồng bộ chưa đăng ký với máy chủ", "The sync host is not enrolled with a cloud");
        }

        // A person must act, or a long sync is under way: said before the ordinary states.
        if (Special(status) is { } special)
        {
            return special;
        }

        if (status.IsPaused)
        {
            return new("Đồng bộ đang tạm dừng", "Sync paused");
        }

        if (status.IsSyncing)
        {
            return new("Đang đồng bộ…", "Syncing…");
        }

        return status.Connectivity switch
        {
            Connectivity.Online when status.PendingUploads == 0 && status.NewOnCloud == 0 => new("Trực tuyến, đã đồng bộ", "Online, synchronised"),
            Connectivity.Online => new("Trực tuyến", "Online"),
            Connectivity.Offline => new("Ngoại tuyến (không có mạng)", "Offline (no network)"),
            Connectivity.CloudUnreachable => new("Không kết nối được máy chủ", "Cloud unreachable"),
            Connectivity.Unauthorized => new("Máy chủ từ chối thiết bị này: đăng ký lại", "The cloud refused this device: enroll again"),
            _ => new("Đang kiểm tra kết nối…", "Checking the connection…"),
        };
    }

    private static LocalizedText? Special(HostStatus status) => status switch
    {
        { Blocked: SyncBlock.BookAccessRemoved } => new(
            "Máy chủ đã gỡ quyền truy cập sổ này: dữ liệu trên máy vẫn giữ, liên hệ quản trị viên",
            "The server removed access to this book: local data is kept, contact your administrator"),
        { Blocked: SyncBlock.ReenrollmentRequired } => new(
            "Máy chủ đã được phục hồi: cần đăng ký lại thiết bị (amis-sync enroll)",
            "The server was restored: enroll this device again (amis-sync enroll)"),
        { Recovery: not null } => new("Đang khôi phục sau khi máy chủ được phục hồi…", "Recovering after server restore…"),
        { Bootstrap: { Phase: BootstrapPhase.Download } b } => new(
            $"Đang tải dữ liệu ban đầu: {Megabytes(b.BytesDone)}/{Megabytes(b.BytesTotal)} MB",
            $"Downloading initial data: {Megabytes(b.BytesDone)}/{Megabytes(b.BytesTotal)} MB"),
        { Bootstrap: { } b } => new(
            $"Đang cài đặt chứng từ: {b.DocumentsDone}/{b.DocumentsTotal}",
            $"Installing documents: {b.DocumentsDone}/{b.DocumentsTotal}"),
        _ => null,
    };

    private static string Megabytes(long bytes) => (bytes / 1048576m).ToString("0.0", CultureInfo.InvariantCulture);

    public static LocalizedText Outcome(SyncRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            SyncRunOutcome.Succeeded => new(
                $"Đã đồng bộ: gửi {result.Pushed}, nhận {result.Pulled}, xung đột {result.Conflicts}.",
                $"Synchronised: {result.Pushed} sent, {result.Pulled} received, {result.Conflicts} conflicts."),
            SyncRunOutcome.AlreadyRunning => new("Đang đồng bộ, vui lòng đợi.", "A sync is already running; please wait."),
            SyncRunOutcome.Paused => new("Đồng bộ đang tạm dừng: chọn Tiếp tục ở biểu tượng khay.", "Sync is paused: choose Resume in the tray icon."),
            SyncRunOutcome.NotConfigured => new(
                "Dịch vụ đồng bộ chưa đăng ký: chạy amis-sync enroll --cloud <địa chỉ> --code <mã>.",
                "The sync host is not enrolled: run amis-sync enroll --cloud <address> --code <code>."),
            _ => new($"Đồng bộ lỗi: {result.Message}", $"Sync failed: {result.Message}"),
        };
    }
}
