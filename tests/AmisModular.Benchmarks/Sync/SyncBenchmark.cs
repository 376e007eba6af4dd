using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Ledger;
using AmisModular.Benchmarks.Reporting;
using Microsoft.Data.Sqlite;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// One size of the sync benchmark, from scratch: a cloud on loopback, an empty company store copied into client A,
/// client B and the floors; A seeded with N posted 5-line cash vouchers in its outbox; then, timed and with memory
/// sampled, (a) A pushes its whole outbox (requests, server validation and writes, acks applied locally), (b) a
/// freshly enrolled B syncs and applies everything through the adapters, (c) snapshot bootstrap (when available);
/// and in the same run the floors: the same rows by raw prepared inserts in one transaction, and a file copy of
/// B's final store.
/// </summary>
public sealed class SyncBenchmark(Workspace workspace, Action<AmisModular.Sync.Engine.SyncEngineOptions>? tune = null, SqlProfile? profile = null)
{
    public async Task<SyncFigures> RunAsync(int count, int seed, string label, CancellationToken cancellationToken)
    {
        var companyId = Guid.CreateVersion7();
        Log(label, $"cloud on loopback, empty company store...");
        await using var cloud = await BenchCloud.StartAsync(workspace.File($"{label}-cloud.db"), companyId, cancellationToken);
        var template = workspace.File($"{label}-template.db");
        await using (var empty = BenchClient.Open(template, Guid.CreateVersion7(), cloud.Address))
        {
            await empty.CreateCompanyAsync(companyId, cancellationToken);
        }

        var (aFile, bFile) = (workspace.CopyStore(template, $"{label}-a.db"), workspace.CopyStore(template, $"{label}-b.db"));
        var (floorFile, journalFloorFile) = (workspace.CopyStore(template, $"{label}-floor.db"), workspace.CopyStore(template, $"{label}-floor-journal.db"));
        var aDevice = Guid.CreateVersion7();
        string series;
        await using (var enrolling = BenchClient.Open(aFile, aDevice, cloud.Address))
        {
            series = (await enrolling.EnrollAsync(await cloud.IssueCodeAsync(cancellationToken), cancellationToken)).Series;
        }

        SqliteConnection.ClearAllPools();
        Log(label, $"seeding {count:N0} vouchers × {SyncVoucherPlan.LinesPerVoucher} lines into A's outbox (raw inserts, not measured)...");
        var seedTime = System.Diagnostics.Stopwatch.StartNew();
        var seeded = await OutboxSeeder.SeedAsync(aFile, companyId, aDevice, series, SyncVoucherPlan.Generate(count, seed), cancellationToken);
        seedTime.Stop();

        await using var a = BenchClient.Open(aFile, aDevice, cloud.Address, tune);
        var summary = await SeedCheck.VerifySeedAsync(a, seeded, cancellationToken);

        Log(label, "upload: A pushes its outbox...");
        var (upload, uploadMemory, uploadAllocated) = await MeasureAsync($"{label} upload", count, async () =>
        {
            var pushed = await a.PushOnlyAsync(cancellationToken);
            BenchmarkMismatchException.ThrowIfDifferent("vouchers pushed and acked", (count, count, 0, 0), pushed);
        });

        Log(label, "download-and-apply: a fresh client B enrolls and syncs...");
        TimeSpan download;
        MemoryPeak downloadMemory;
        long downloadAllocated;
        // B measures the change-feed pull; without this a new device of a big book would bootstrap from a snapshot (C).
        await using (var b = BenchClient.Open(bFile, Guid.CreateVersion7(), cloud.Address, o =>
        {
            tune?.Invoke(o);
            o.SnapshotThreshold = long.MaxValue;
        }))
        {
            await b.EnrollAsync(await cloud.IssueCodeAsync(cancellationToken), cancellationToken);
            (download, downloadMemory, downloadAllocated) = await MeasureAsync($"{label} download-and-apply", count, async () =>
            {
                var report = await b.Engine.SyncAsync(cancellationToken);
                BenchmarkMismatchException.ThrowIfDifferent("vouchers pulled, applied, rejected on B", (count, count, 0), (report.Pulled, report.Applied, report.InboundRejected));
            });
        }

        SqliteConnection.ClearAllPools();
        await SeedCheck.VerifySameVouchersAsync("B after the pull vs A", summary, bFile, cancellationToken);

        TimeSpan? bootstrap = null;
        MemoryPeak? bootstrapMemory = null;
        {
            Log(label, "snapshot bootstrap: a fresh client C...");
            var cFile = workspace.CopyStore(template, $"{label}-c.db");
            var code = await cloud.IssueCodeAsync(cancellationToken);
            using var sampler = MemorySampler.Start();
            bootstrap = await SnapshotBootstrapBenchmark.MeasureAsync(cloud, cFile, companyId, code, count, cancellationToken);
            bootstrapMemory = sampler.Stop();
        }

        Log(label, "floors: raw prepared inserts in one transaction, file copy of B's store...");
        var vouchers = OutboxSeeder.Replay(SyncVoucherPlan.Generate(count, seed), seeded, series).ToList();
        var floor = await FloorWriter.WriteAsync(floorFile, companyId, vouchers, withJournal: false, cancellationToken);
        var floorWithJournal = await FloorWriter.WriteAsync(journalFloorFile, companyId, vouchers, withJournal: true, cancellationToken);
        await SeedCheck.VerifySameVouchersAsync("floor with journal vs A", summary, journalFloorFile, cancellationToken);
        var (fileCopy, bytes) = CopyFile(bFile, workspace.File($"{label}-b-copy.db"));
        return new SyncFigures(count, seedTime.Elapsed, upload, uploadMemory, download, downloadMemory, bootstrap, bootstrapMemory,
            floor, floorWithJournal, fileCopy, bytes, uploadAllocated, downloadAllocated);
    }

    private async Task<(TimeSpan Elapsed, MemoryPeak Memory, long Allocated)> MeasureAsync(string name, int count, Func<Task> phase)
    {
        using var sampler = MemorySampler.Start();
        var allocated = MemoryReading.AllocatedBytes();
        profile?.Clear();
        profile?.Recording = true;
        var elapsed = await Timing.TimeAsync(phase);
        profile?.Recording = false;
        var memory = sampler.Stop();
        profile?.WriteTo(Console.Error, name, count, elapsed);
        return (elapsed, memory, MemoryReading.AllocatedBytes() - allocated);
    }

    /// <summary>The store file as it lies closed on disk (every pool cleared, so SQLite has checkpointed its WAL).</summary>
    private static (TimeSpan Elapsed, long Bytes) CopyFile(string source, string target)
    {
        SqliteConnection.ClearAllPools();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        File.Copy(source, target);
        foreach (var suffix in new[] { "-wal" })
        {
            if (File.Exists(source + suffix))
            {
                File.Copy(source + suffix, target + suffix);
            }
        }

        watch.Stop();
        return (watch.Elapsed, new FileInfo(source).Length + (File.Exists(source + "-wal") ? new FileInfo(source + "-wal").Length : 0));
    }

    private static void Log(string label, string message) => Console.Error.WriteLine($"[{label}] {message}");
}
