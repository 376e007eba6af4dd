namespace AmisModular.SyncHost.Engine;

/// <summary>Texts about sync runs a person sees, Vietnamese first, then English.</summary>
internal static class EngineTexts
{
    public const string Paused = "Đồng bộ đang tạm dừng. / Sync is paused.";

    public const string AlreadyRunning = "Đang đồng bộ, vui lòng đợi lượt này xong. / A sync is already running; wait for it to finish.";

    public const string DownloadIsFullSync =
        "Bộ máy đồng bộ luôn gửi chứng từ chờ trước khi tải về: đã đồng bộ đầy đủ. / The sync engine always uploads before it downloads: a full sync ran.";

    public static string Unauthorized(string reason) =>
        $"Máy chủ từ chối thiết bị này (đăng ký lại bằng mã mới: amis-sync enroll). / The cloud refused this device (enroll again with a new code: amis-sync enroll). {reason}";

    public static string BookAccessRemoved(string reason) =>
        $"Máy chủ đã gỡ quyền truy cập sổ này của thiết bị; chứng từ trên máy vẫn được giữ nguyên. Liên hệ quản trị viên. / " +
        $"The server removed this device's access to the book; local documents are kept. Contact your administrator. {reason}";

    public static string Failed(string reason) => $"Đồng bộ lỗi. / Sync failed. {reason}";

    public static string ServerAskedToWait(string reason, TimeSpan wait)
    {
        var seconds = (long)Math.Ceiling(wait.TotalSeconds);
        return $"{reason} Máy chủ yêu cầu chờ {seconds} giây trước lần đồng bộ tự động sau. / The server asked to wait {seconds} s before the next automatic sync.";
    }
}
