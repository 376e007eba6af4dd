using AmisModular.Benchmarks.Reporting;

namespace AmisModular.Benchmarks.Sync;

/// <summary>Everything one size of the sync benchmark measured.</summary>
/// <param name="UploadFloor">The rows the upload wrote (cloud rows + client acks), raw.</param>
/// <param name="DownloadFloor">Every row B ends with (headers, lines, journal lines, cursor), raw.</param>
/// <param name="HeaderFloor">Headers and lines only (B's rows without the journal): a note.</param>
/// <param name="Transfer">HTTP GET over loopback of the snapshot file C downloaded, SHA-256 checked, written to disk.</param>
/// <param name="StoreTransfer">The same transfer of B's final store file (what a snapshot that is a store file would move).</param>
/// <param name="Wall">The whole size from start to end: seeding, phases, floors and checks.</param>
public sealed record SyncFigures(
    int Vouchers,
    TimeSpan Seed,
    TimeSpan Upload,
    MemoryPeak UploadMemory,
    TimeSpan Download,
    MemoryPeak DownloadMemory,
    BootstrapTimes Bootstrap,
    MemoryPeak BootstrapMemory,
    UploadFloor UploadFloor,
    TimeSpan DownloadFloor,
    TimeSpan HeaderFloor,
    TimeSpan FileCopy,
    long StoreBytes,
    TimeSpan Transfer,
    long SnapshotBytes,
    TimeSpan StoreTransfer,
    TimeSpan StoreImageDecompress,
    long StoreImageBytes,
    long UploadAllocated,
    long DownloadAllocated,
    TimeSpan Wall)
{
    public double UploadRate => Vouchers / Upload.TotalSeconds;

    public double DownloadRate => Vouchers / Download.TotalSeconds;

    public double UploadFloorRate => Vouchers / UploadFloor.Total.TotalSeconds;

    public double DownloadFloorRate => Vouchers / DownloadFloor.TotalSeconds;

    public double HeaderFloorRate => Vouchers / HeaderFloor.TotalSeconds;
}
