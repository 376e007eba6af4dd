namespace AmisModular.SyncHost;

/// <summary>Texts a person sees, Vietnamese first, then English.</summary>
internal static class SyncHostTexts
{
    public const string AppName = "AmisModular";

    public const string NoEngine = "Chưa cấu hình bộ máy đồng bộ / No sync engine configured";

    public const string SyncNow = "Đồng bộ ngay / Sync now";

    public const string DownloadNow = "Tải chứng từ / Download documents";

    public const string OpenShell = "Mở AmisModular / Open AmisModular";

    public const string Pause = "Tạm dừng / Pause";

    public const string Resume = "Tiếp tục / Resume";

    public const string Quit = "Thoát / Quit";
}
