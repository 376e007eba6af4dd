using AmisModular.Benchmarks.Reporting;

namespace AmisModular.Benchmarks.Sync;

/// <summary>Everything one size of the sync benchmark measured.</summary>
public sealed record SyncFigures(
    int Vouchers,
    TimeSpan Seed,
    TimeSpan Upload,
    MemoryPeak UploadMemory,
    TimeSpan Download,
    MemoryPeak DownloadMemory,
    TimeSpan? Bootstrap,
    MemoryPeak? BootstrapMemory,
    TimeSpan Floor,
    TimeSpan FloorWithJournal,
    TimeSpan FileCopy,
    long StoreBytes,
    long UploadAllocated,
    long DownloadAllocated)
{
    public double UploadRate => Vouchers / Upload.TotalSeconds;

    public double DownloadRate => Vouchers / Download.TotalSeconds;

    public double FloorRate => Vouchers / Floor.TotalSeconds;

    public double FloorWithJournalRate => Vouchers / FloorWithJournal.TotalSeconds;
}
