using System.Globalization;
using System.Runtime.InteropServices;
using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Ledger;
using AmisModular.Benchmarks.Reporting;
using Spectre.Console.Cli;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// `sync`: upload and download-and-apply rates, snapshot bootstrap time and peak memory of sync on loopback, each
/// next to its floor measured in the same run (raw SQLite prepared inserts of the same rows in one transaction; a
/// file copy of the same store) with the ratio against the issue's target. Memory is measured at N/4 and at N, so a
/// peak that follows the data size rather than the page size shows. Exit code 2 when the stores disagree.
/// </summary>
public sealed class SyncCommand : AsyncCommand<SyncSettings>
{
    private const double UploadTarget = 2.5;
    private const double DownloadTarget = 2.0;
    private const double BootstrapTarget = 1.5;

    /// <summary>Peak GC heap at N may be at most this multiple of the peak at N/4 (four times the data) to count as bounded.</summary>
    private const double MemoryGrowthTarget = 1.25;

    /// <summary>Enough pages and batches for the hot paths to reach tiered JIT's optimized code on a loaded machine.</summary>
    private const int WarmUpVouchers = 1000;

    public override async Task<int> ExecuteAsync(CommandContext context, SyncSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var defaults = new AmisModular.Sync.Engine.SyncEngineOptions();
        Console.WriteLine($"amis-bench sync --vouchers {settings.Vouchers} --seed {settings.Seed} --push-batch {settings.PushBatch ?? defaults.PushBatchSize} --pull-page {settings.PullPage ?? defaults.PullPageSize}");
        Console.WriteLine($"{DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {(IsRelease() ? "Release" : "DEBUG build: figures are not representative")}");
        using var workspace = new Workspace(settings.Keep);
        try
        {
            using var profile = settings.SqlProfile ? new SqlProfile() : null;
            var benchmark = new SyncBenchmark(workspace, o =>
            {
                o.PushBatchSize = settings.PushBatch ?? o.PushBatchSize;
                o.PullPageSize = settings.PullPage ?? o.PullPageSize;
            }, profile);
            // JIT, EF model building, Kestrel start-up and query compilation happen once per process: pay them first.
            await benchmark.RunAsync(Math.Min(WarmUpVouchers, settings.Vouchers), settings.Seed + 1, "warm-up", cancellationToken);
            var quarter = await benchmark.RunAsync(settings.Vouchers / 4, settings.Seed, "N÷4", cancellationToken);
            var full = await benchmark.RunAsync(settings.Vouchers, settings.Seed, "N", cancellationToken);
            Console.WriteLine();
            Write(full, quarter).WriteTo(Console.Out);
            return 0;
        }
        catch (BenchmarkMismatchException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static TargetTable Write(SyncFigures n, SyncFigures q)
    {
        var table = new TargetTable();
        var size = $"{n.Vouchers:N0} vouchers × {SyncVoucherPlan.LinesPerVoucher} lines";
        table.Add(new TargetRow($"upload, {size}", Rate(n.UploadRate), Rate(n.FloorRate) + " raw inserts", n.FloorRate / n.UploadRate, UploadTarget));
        table.Add(new TargetRow($"download-and-apply, {size}", Rate(n.DownloadRate), Rate(n.FloorRate) + " raw inserts", n.FloorRate / n.DownloadRate, DownloadTarget));
        table.Add(new TargetRow("download-and-apply vs floor with the journal lines", Rate(n.DownloadRate), Rate(n.FloorWithJournalRate) + " raw inserts + journal",
            n.FloorWithJournalRate / n.DownloadRate, DownloadTarget));
        var bootstrap = n.Bootstrap ?? throw new InvalidOperationException("The snapshot bootstrap was not measured.");
        table.Add(new TargetRow("snapshot bootstrap", Ms(bootstrap), Ms(n.FileCopy) + " file copy", bootstrap / n.FileCopy, BootstrapTarget));
        table.Add(MemoryRow("peak GC heap, upload", q.UploadMemory.GcHeapBytes, n.UploadMemory.GcHeapBytes, q.Vouchers));
        table.Add(MemoryRow("peak GC heap, download-and-apply", q.DownloadMemory.GcHeapBytes, n.DownloadMemory.GcHeapBytes, q.Vouchers));
        table.Add(MemoryRow("peak working set, upload", q.UploadMemory.WorkingSetBytes, n.UploadMemory.WorkingSetBytes, q.Vouchers));
        table.Add(MemoryRow("peak working set, download-and-apply", q.DownloadMemory.WorkingSetBytes, n.DownloadMemory.WorkingSetBytes, q.Vouchers));
        if (q.BootstrapMemory is { } quarter && n.BootstrapMemory is { } full)
        {
            table.Add(MemoryRow("peak GC heap, snapshot bootstrap", quarter.GcHeapBytes, full.GcHeapBytes, q.Vouchers));
        }
        table.Note("times at N", $"upload {S(n.Upload)}, download-and-apply {S(n.Download)}, floor {S(n.Floor)} (with journal {S(n.FloorWithJournal)}), file copy {Ms(n.FileCopy)} of {MemoryReading.Megabytes(n.StoreBytes)}; seeding A (raw, not measured) {S(n.Seed)}");
        table.Note("at N÷4", $"upload {Rate(q.UploadRate)}, download-and-apply {Rate(q.DownloadRate)}, floor {Rate(q.FloorRate)} (with journal {Rate(q.FloorWithJournalRate)}), file copy {Ms(q.FileCopy)}");
        table.Note("allocated per voucher at N", $"upload {MemoryReading.Kilobytes(n.UploadAllocated / (double)n.Vouchers)}, download-and-apply {MemoryReading.Kilobytes(n.DownloadAllocated / (double)n.Vouchers)} (client and in-process cloud together)");
        table.Note("what is measured", "upload = OutboxPusher as SyncEngine runs it (--push-batch rows per request; server validation and writes; acks applied locally); download-and-apply = SyncEngine.SyncAsync on a freshly enrolled client (--pull-page changes per page, applied through the cash adapter, journal re-derived); the cloud runs in this process on 127.0.0.1 over SQLite, so memory readings include it");
        table.Note("memory target", $"bounded = the N peak at most {MemoryGrowthTarget:0.00}× the N÷4 peak while the data is 4×");
        return table;
    }

    private static TargetRow MemoryRow(string figure, long quarter, long full, int quarterCount) =>
        new($"{figure} at N vs N÷4", $"{MemoryReading.Megabytes(full)} at N", $"{MemoryReading.Megabytes(quarter)} at N÷4 ({quarterCount:N0})", full / (double)quarter, MemoryGrowthTarget);

    private static string Rate(double rate) => ResultTable.Format(rate) + " vouchers/s";

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("#,##0", CultureInfo.InvariantCulture) + " ms";

    private static string S(TimeSpan time) => time.TotalSeconds.ToString("#,##0.0", CultureInfo.InvariantCulture) + " s";

    private static bool IsRelease() =>
#if DEBUG
        false;
#else
        true;
#endif
}
