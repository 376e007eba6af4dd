namespace AmisModular.SyncHost.Control;

/// <summary>The progress of a running snapshot bootstrap: a huge initial sync shows how far it is, not just "syncing".</summary>
public sealed record BootstrapStatus(BootstrapPhase Phase, long BytesDone, long BytesTotal, long DocumentsDone, long DocumentsTotal)
{
    /// <summary>Vietnamese, then English, e.g. "Đang tải bản chụp dữ liệu: 12,0/40,0 MB / Downloading the data snapshot: 12.0/40.0 MB".</summary>
    public string Message => Phase == BootstrapPhase.Download
        ? $"Đang tải bản chụp dữ liệu: {Megabytes(BytesDone)}/{Megabytes(BytesTotal)} MB / Downloading the data snapshot: {Megabytes(BytesDone)}/{Megabytes(BytesTotal)} MB"
        : $"Đang cài đặt chứng từ: {DocumentsDone}/{DocumentsTotal} / Installing documents: {DocumentsDone}/{DocumentsTotal}";

    private static string Megabytes(long bytes) => (bytes / 1048576m).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
