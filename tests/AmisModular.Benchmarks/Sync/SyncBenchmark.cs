using System.Diagnostics;
using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Ledger;
using AmisModular.Benchmarks.Reporting;
using AmisModular.Sync.Engine;
using Microsoft.Data.Sqlite;
using static AmisModular.Benchmarks.Infrastructure.RawSqlite;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// One size of the sync benchmark, from scratch: a cloud on loopback, an empty company store copied into client A,
/// client B and the floors; A seeded with N posted 5-line cash vouchers in its outbox; then, timed and with memory
/// sampled, (a) A pushes its whole outbox (requests, server validation and writes, acks applied locally), (b) a
/// freshly enrolled B syncs and applies everything through the adapters, (c) a fresh C bootstraps from a snapshot;
/// and in the same run the floors, each writing the rows its phase wrote (checked by <see cref="FloorCheck"/>): the
/// upload's cloud rows and client acks into copies of the cloud database and of A taken before the upload, B's rows
/// into a copy of the empty store, a file copy of B's final store, and HTTP transfers of the snapshot C downloaded and
/// of B's store file.
/// Nothing here grows faster than N: rows are generated and written a page at a time, and the checks read samples.
/// </summary>
public sealed class SyncBenchmark(Workspace workspace, Action<SyncEngineOptions>? tune = null, SqlProfile? profile = null)
{
    private readonly SyncEngineOptions options = Tuned(tune);

    public async Task<SyncFigures> RunAsync(int count, int seed, string label, CancellationToken cancellationToken)
    {
        var log = new RunLog(label);
        var companyId = Guid.CreateVersion7();
        log.Write("cloud on loopback, empty company store...");
        await using var cloud = await BenchCloud.StartAsync(workspace.File($"{label}-cloud.db"), workspace.File($"{label}-snapshots"), companyId, cancellationToken);
        var template = workspace.File($"{label}-template.db");
        await using (var empty = BenchClient.Open(template, Guid.CreateVersion7(), cloud.Address))
        {
            await empty.CreateCompanyAsync(companyId, cancellationToken);
        }

        var (aFile, bFile) = (workspace.CopyStore(template, $"{label}-a.db"), workspace.CopyStore(template, $"{label}-b.db"));
        var aDevice = Guid.CreateVersion7();
        AmisModular.Sync.State.SyncCredential credential;
        await using (var enrolling = BenchClient.Open(aFile, aDevice, cloud.Address))
        {
            credential = await enrolling.EnrollAsync(await cloud.IssueCodeAsync(cancellationToken), cancellationToken);
        }

        SqliteConnection.ClearAllPools();
        log.Write($"seeding {count:N0} vouchers × {SyncVoucherPlan.LinesPerVoucher} lines into A's outbox (raw inserts, not measured)...");
        var seedTime = Stopwatch.StartNew();
        var seeded = await OutboxSeeder.SeedAsync(aFile, companyId, aDevice, credential.Series, SyncVoucherPlan.Generate(count, seed), cancellationToken);
        seedTime.Stop();
        IEnumerable<SeededVoucher> Vouchers() => OutboxSeeder.Replay(SyncVoucherPlan.Generate(count, seed), seeded, credential.Series);

        log.Write("copies for the upload floor: A as seeded, the cloud before the upload...");
        var aFloorFile = workspace.CopyStore(aFile, $"{label}-a-floor.db");
        await using var a = BenchClient.Open(aFile, aDevice, cloud.Address, tune);
        var summary = await SeedCheck.VerifySeedAsync(a, seeded, cancellationToken);
        var cloudFloorFile = workspace.BackupStore(workspace.File($"{label}-cloud.db"), $"{label}-cloud-floor.db");

        log.Write("upload: A pushes its outbox...");
        var (upload, uploadMemory, uploadAllocated) = await MeasureAsync($"{label} upload", count, async () =>
        {
            var pushed = await a.PushOnlyAsync(cancellationToken);
            BenchmarkMismatchException.ThrowIfDifferent("vouchers pushed and acked", (count, count, 0, 0), pushed);
        });

        log.Write("download-and-apply: a fresh client B enrolls and syncs...");
        var (download, downloadMemory, downloadAllocated) = await DownloadAsync(cloud, bFile, count, label, cancellationToken);
        SqliteConnection.ClearAllPools();
        await SeedCheck.VerifySameVouchersAsync("B after the pull vs A", summary, bFile, cancellationToken);

        log.Write("snapshot bootstrap: a fresh client C...");
        var cFile = workspace.CopyStore(template, $"{label}-c.db");
        var code = await cloud.IssueCodeAsync(cancellationToken);
        BootstrapTimes bootstrap;
        MemoryPeak bootstrapMemory;
        using (var sampler = MemorySampler.Start())
        {
            bootstrap = await SnapshotBootstrapBenchmark.MeasureAsync(cloud, cFile, companyId, code, count, cancellationToken);
            bootstrapMemory = sampler.Stop();
        }

        log.Write("upload floor: the cloud's rows and A's acks, raw prepared inserts in one transaction each...");
        var uploadFloor = await UploadFloorWriter.WriteAsync(cloudFloorFile, aFloorFile, companyId, aDevice, options.PushBatchSize, Vouchers(), cancellationToken);
        await VerifyUploadFloorAsync(workspace.File($"{label}-cloud.db"), cloudFloorFile, aFile, aFloorFile, credential.BookId, aDevice, seeded, cancellationToken);

        log.Write("download floors: B's rows by raw prepared inserts in one transaction, file copy of B's store...");
        var journalFloorFile = workspace.CopyStore(template, $"{label}-floor-journal.db");
        var headerFloorFile = workspace.CopyStore(template, $"{label}-floor.db");
        var downloadFloor = await FloorWriter.WriteAsync(journalFloorFile, companyId, credential.BookId, options.PullPageSize, count, Vouchers(), withJournal: true, cancellationToken);
        var headerFloor = await FloorWriter.WriteAsync(headerFloorFile, companyId, credential.BookId, options.PullPageSize, count, Vouchers(), withJournal: false, cancellationToken);
        await SeedCheck.VerifySameVouchersAsync("floor with journal vs A", summary, journalFloorFile, cancellationToken);
        await VerifyDownloadFloorAsync(bFile, journalFloorFile, credential.BookId, seeded, cancellationToken);
        var bCopy = workspace.File($"{label}-b-copy.db");
        var (fileCopy, bytes) = CopyFile(bFile, bCopy);

        log.Write("transfer floors: HTTP GET over loopback of the snapshot file C downloaded, and of B's store file...");
        var snapshot = cloud.SnapshotFile();
        var transfer = await TransferFloor.MeasureAsync(snapshot, workspace.File($"{label}-snapshot-transfer.bin"), cancellationToken);
        var storeTransfer = await TransferFloor.MeasureAsync(bCopy, workspace.File($"{label}-store-transfer.bin"), cancellationToken);
        log.Write("store-image floor: B's store gzip-compressed, then decompressed to disk...");
        var image = await StoreImageFloor.MeasureAsync(bCopy, workspace.File($"{label}-store-image.gz"), workspace.File($"{label}-store-image.db"), cancellationToken);
        log.Write("done.");
        return new SyncFigures(count, seedTime.Elapsed, upload, uploadMemory, download, downloadMemory, bootstrap, bootstrapMemory,
            uploadFloor, downloadFloor, headerFloor, fileCopy, bytes, transfer, new FileInfo(snapshot).Length, storeTransfer, image.Decompress, image.CompressedBytes, uploadAllocated, downloadAllocated, log.Elapsed);
    }

    private static SyncEngineOptions Tuned(Action<SyncEngineOptions>? tune)
    {
        var options = new SyncEngineOptions();
        tune?.Invoke(options);
        return options;
    }

    private async Task<(TimeSpan Elapsed, MemoryPeak Memory, long Allocated)> DownloadAsync(BenchCloud cloud, string bFile, int count, string label, CancellationToken cancellationToken)
    {
        // B measures the change-feed pull; without this a new device of a big book would bootstrap from a snapshot (C).
        await using var b = BenchClient.Open(bFile, Guid.CreateVersion7(), cloud.Address, o =>
        {
            tune?.Invoke(o);
            o.SnapshotThreshold = long.MaxValue;
        });
        await b.EnrollAsync(await cloud.IssueCodeAsync(cancellationToken), cancellationToken);
        return await MeasureAsync($"{label} download-and-apply", count, async () =>
        {
            var report = await b.Engine.SyncAsync(cancellationToken);
            BenchmarkMismatchException.ThrowIfDifferent("vouchers pulled, applied, rejected on B", (count, count, 0), (report.Pulled, report.Applied, report.InboundRejected));
        });
    }

    /// <summary>
    /// The upload floor wrote what the upload wrote. Cloud: every table as many rows (but devices and enrollment codes:
    /// B and C enrolled after the copy was taken), the first and last voucher's rows equal column by column, the book's
    /// and the device's counters equal. Client: every table of A as many rows, the acks and outbox rows equal.
    /// </summary>
    private static async Task VerifyUploadFloorAsync(
        string cloudFile, string cloudFloorFile, string aFile, string aFloorFile, Guid book, Guid device, Guid[] seeded, CancellationToken cancellationToken)
    {
        await FloorCheck.VerifySameCountsAsync("cloud after the upload vs the upload floor", cloudFile, cloudFloorFile, ["cloud_devices", "cloud_enrollment_codes"], cancellationToken);
        await FloorCheck.VerifySameCountsAsync("A after the upload vs the upload floor", aFile, aFloorFile, [], cancellationToken);
        await Rows("cloud device row", cloudFile, cloudFloorFile, "SELECT * FROM cloud_devices WHERE Id = $device", new() { ["$device"] = Text(device) });
        await Rows("cloud book row", cloudFile, cloudFloorFile, "SELECT * FROM cloud_books", []);
        foreach (var (id, seq) in new[] { (seeded[0], 1L), (seeded[^1], (long)seeded.Length) })
        {
            // Every filter starts with its table's key, so a check reads a few pages whatever N is.
            var keys = new Dictionary<string, object> { ["$book"] = Text(book), ["$id"] = Text(id), ["$device"] = Text(device), ["$seq"] = seq };
            await Rows($"cloud_documents of {id}", cloudFile, cloudFloorFile, "SELECT * FROM cloud_documents WHERE BookId = $book AND DocumentId = $id", keys);
            await Rows($"cloud_change_log of serverSeq {seq}", cloudFile, cloudFloorFile, "SELECT * FROM cloud_change_log WHERE BookId = $book AND ServerSeq = $seq AND DocumentId = $id", keys);
            await Rows($"cloud_acks of seq {seq}", cloudFile, cloudFloorFile, "SELECT * FROM cloud_acks WHERE DeviceId = $device AND Seq = $seq", keys);
            await Rows($"cloud_journal_lines of {id}", cloudFile, cloudFloorFile, "SELECT * FROM cloud_journal_lines WHERE BookId = $book AND DocumentId = $id ORDER BY Ledger, LineNo", keys);
            await Rows($"A's syncstate_acks of seq {seq}", aFile, aFloorFile, "SELECT * FROM syncstate_acks WHERE DeviceId = $device AND Seq = $seq", keys);
            await Rows($"A's sync_outbox of seq {seq}", aFile, aFloorFile, "SELECT * FROM sync_outbox WHERE DeviceId = $device AND Seq = $seq", keys);
        }

        Task Rows(string what, string product, string floor, string sql, Dictionary<string, object> keys) =>
            FloorCheck.VerifySameRowsAsync($"upload floor, {what}", product, floor, sql, keys, cancellationToken);
    }

    /// <summary>B holds no row the floor lacks (its credential aside: B enrolled before the measured pull), and the first and last voucher's rows and the cursor are equal column by column.</summary>
    private static async Task VerifyDownloadFloorAsync(string bFile, string floorFile, Guid bookId, Guid[] seeded, CancellationToken cancellationToken)
    {
        await FloorCheck.VerifySameCountsAsync("B after the pull vs the download floor", bFile, floorFile, ["syncstate_credential"], cancellationToken);
        await Rows("syncstate_cursors", "SELECT * FROM syncstate_cursors WHERE BookId = $book", new() { ["$book"] = Text(bookId) });
        foreach (var id in new[] { seeded[0], seeded[^1] })
        {
            var keys = new Dictionary<string, object> { ["$id"] = Text(id) };
            await Rows($"cash_vouchers of {id}", "SELECT * FROM cash_vouchers WHERE Id = $id", keys);
            await Rows($"cash_voucher_lines of {id}", "SELECT * FROM cash_voucher_lines WHERE VoucherId = $id ORDER BY LineNo", keys);
            await Rows($"core_journal_lines of {id}", "SELECT * FROM core_journal_lines WHERE DocumentId = $id ORDER BY Book, LineNo", keys);
        }

        Task Rows(string what, string sql, Dictionary<string, object> keys) =>
            FloorCheck.VerifySameRowsAsync($"download floor, {what}", bFile, floorFile, sql, keys, cancellationToken);
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
        var watch = Stopwatch.StartNew();
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

    /// <summary>Progress on stderr with the time since the size started, so a long run shows where its time goes.</summary>
    private sealed class RunLog(string label)
    {
        private readonly Stopwatch watch = Stopwatch.StartNew();

        public TimeSpan Elapsed => watch.Elapsed;

        public void Write(string message) =>
            Console.Error.WriteLine($"[{label} {watch.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}s] {message}");
    }
}
