using System.Globalization;
using System.Net;
using AmisModular.Cloud.Data;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.Configuration;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Http;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AmisModular.Sync.Tests;

/// <summary>Scenarios 3, 4 and 7 with real processes killed by Process.Kill.</summary>
public sealed class ProcessCrashTests : IDisposable
{
    private const string TaxCode = "0101234567";
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Scenario3_ClientProcessKilledWhileSavingVouchers_EveryVoucherWholeAndQueuedOrAbsent()
    {
        var store = Path.Combine(temp.Path, "desk.db");
        using (var saver = ChildProcess.Start(ChildProcess.ProjectDll("tests/AmisModular.Sync.CrashSaver", "AmisModular.Sync.CrashSaver"), store))
        {
            await saver.WaitForAsync(l => l == "saved 40", TimeSpan.FromSeconds(90));
            saver.Kill();
        }

        await using var db = new SqliteConnection($"Data Source={store};Pooling=False");
        await db.OpenAsync();
        Assert.Equal("ok", await ScalarAsync<string>(db, "PRAGMA integrity_check"));
        Assert.True(await ScalarAsync<long>(db, "SELECT COUNT(*) FROM cash_vouchers") >= 40);
        Assert.Equal(0, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM cash_vouchers v WHERE (SELECT COUNT(*) FROM cash_voucher_lines l WHERE l.VoucherId = v.Id) <> 3"));
        Assert.Equal(0, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM cash_voucher_lines l WHERE NOT EXISTS (SELECT 1 FROM cash_vouchers v WHERE v.Id = l.VoucherId)"));
        Assert.Equal(0, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM cash_vouchers v WHERE NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.DocumentId = v.Id)"));
        Assert.Equal(0, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM sync_outbox o WHERE o.Module = 'cash' AND NOT EXISTS (SELECT 1 FROM cash_vouchers v WHERE v.Id = o.DocumentId)"));
        Assert.Equal(0, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM cash_vouchers v WHERE NOT EXISTS (SELECT 1 FROM core_journal_lines j WHERE j.DocumentId = v.Id)"));
        Assert.Equal(0, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM core_journal_lines j WHERE NOT EXISTS (SELECT 1 FROM cash_vouchers v WHERE v.Id = j.DocumentId)"));
        // Seqs contiguous: a half-written save never burned one.
        Assert.Equal(await ScalarAsync<long>(db, "SELECT COUNT(*) FROM sync_outbox"), await ScalarAsync<long>(db, "SELECT MAX(Seq) FROM sync_outbox"));
    }

    [Fact]
    public async Task Scenario4_CloudProcessKilledDuringPush_NoHalfBatchVisibleAndRetryEqualsOneCleanApply()
    {
        const int Count = 150;
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var cloudDb = $"Data Source={Path.Combine(temp.Path, "cloud.db")};Pooling=False";
        ClientNode a, b;
        await using (var setup = await CloudNode.StartSqliteAsync(temp.Path, port: port))
        {
            await setup.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, CancellationToken.None);
            a = await ClientNode.StartAsync(temp.Path, "a", address);
            await a.EnrollAsync(setup, TaxCode);
            b = await ClientNode.StartAsync(temp.Path, "b", address);
            await b.EnrollAsync(setup, TaxCode);
        }

        await using var clientA = a;
        await using var clientB = b;
        for (var i = 1; i <= Count; i++)
        {
            await a.CreateVoucherAsync(1_000m * i, post: i % 2 == 0);
        }

        var cloudDll = ChildProcess.ProjectDll("src/AmisModular.Cloud", "AmisModular.Cloud");
        string[] cloudArgs = ["--urls", address.ToString().TrimEnd('/'), "--Cloud:Database:Provider=Sqlite", $"--Cloud:Database:ConnectionString={cloudDb}",
            "--Cloud:RequestsPerSecondPerDevice=0", "--Logging:LogLevel:Default=Warning"];
        var server = ChildProcess.Start(cloudDll, cloudArgs);
        try
        {
            await WaitHealthyAsync(address);
            var killed = 0;
            a.Faults.OnSending = () =>
            {
                if (Interlocked.Exchange(ref killed, 1) == 0)
                {
                    _ = Task.Run(async () =>
                    {
                        await Task.Delay(30);
                        server.Kill();
                    });
                }
            };

            await Assert.ThrowsAsync<CloudUnreachableException>(() => a.Engine.SyncAsync(CancellationToken.None));
            a.Faults.OnSending = null;
            var afterKill = await ReadCloudAsync(cloudDb, db => db.ChangeLog.CountAsync());
            Assert.True(afterKill is 0 or Count, $"A reader saw {afterKill} of {Count} changes: half a batch.");

            server.Dispose();
            server = ChildProcess.Start(cloudDll, cloudArgs);
            await WaitHealthyAsync(address);
            var report = await a.Engine.SyncAsync(CancellationToken.None);
            await b.Engine.SyncAsync(CancellationToken.None);

            Assert.Equal(Count, report.Acked);
            var log = await ReadCloudAsync(cloudDb, db => db.ChangeLog.AsNoTracking().OrderBy(c => c.ServerSeq).ToListAsync());
            Assert.Equal(Enumerable.Range(1, Count).Select(i => (long)i), log.Select(c => c.ServerSeq));
            Assert.Equal(Count, log.Select(c => c.DocumentId).Distinct().Count());
            Assert.Equal(Count, await ReadCloudAsync(cloudDb, db => db.Documents.CountAsync()));
            Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
            Assert.Equal(Count, (await b.VouchersAsync()).Count);
            Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
        }
        finally
        {
            server.Dispose();
        }
    }

    /// <summary>
    /// Scenario 4 with the kill landing inside the push transaction every time, not by timing: the test holds an
    /// EXCLUSIVE lock on the cloud's journal table, so the push blocks at its last insert with the batch's documents,
    /// change-log rows and acks written but not committed. The process is killed there; when the lock is released the
    /// orphaned transaction never gets its COMMIT. Nothing of the batch is ever visible, and the retry is one clean apply.
    /// </summary>
    [Fact]
    public async Task Scenario4_CloudProcessKilledInsideThePushTransactionOnPostgres_NothingCommittedAndRetryEqualsOneCleanApply()
    {
        const int Count = 60;
        var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        try
        {
            var port = FreePort();
            var address = new Uri($"http://127.0.0.1:{port}/");
            ClientNode a, b;
            await using (var setup = await CloudNode.StartAsync("PostgreSql", postgres.ConnectionString, port: port))
            {
                await setup.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, CancellationToken.None);
                a = await ClientNode.StartAsync(temp.Path, "a", address);
                await a.EnrollAsync(setup, TaxCode);
                b = await ClientNode.StartAsync(temp.Path, "b", address);
                await b.EnrollAsync(setup, TaxCode);
            }

            await using var clientA = a;
            await using var clientB = b;
            for (var i = 1; i <= Count; i++)
            {
                await a.CreateVoucherAsync(1_000m * i, post: i % 2 == 0);
            }

            var cloudDll = ChildProcess.ProjectDll("src/AmisModular.Cloud", "AmisModular.Cloud");
            string[] cloudArgs = ["--urls", address.ToString().TrimEnd('/'), "--Cloud:Database:Provider=PostgreSql",
                $"--Cloud:Database:ConnectionString={postgres.ConnectionString}", "--Cloud:MigrateOnStart=false",
                "--Cloud:RequestsPerSecondPerDevice=0", "--Logging:LogLevel:Default=Warning"];
            var server = ChildProcess.Start(cloudDll, cloudArgs);
            try
            {
                await WaitHealthyAsync(address);
                int blocked;
                await using (var holder = new NpgsqlConnection(postgres.ConnectionString))
                {
                    await holder.OpenAsync();
                    await using var hold = await holder.BeginTransactionAsync();
                    await ExecuteAsync(holder, "LOCK TABLE cloud.journal_lines IN EXCLUSIVE MODE");
                    var sync = a.Engine.SyncAsync(CancellationToken.None);
                    blocked = await BlockedPushBackendAsync(postgres.ConnectionString);
                    Assert.Equal(0, await CountAsync(postgres.ConnectionString, "SELECT COUNT(*) FROM cloud.change_log"));

                    server.Kill();
                    await Assert.ThrowsAsync<CloudUnreachableException>(() => sync);
                }

                // The lock is gone: the orphan finishes its insert, finds its client dead and rolls back (no COMMIT came).
                Assert.True(await BackendEndsAsync(postgres.ConnectionString, blocked), $"backend {blocked} of the killed cloud still runs");
                Assert.Equal((0, 0, 0), (await CountAsync(postgres.ConnectionString, "SELECT COUNT(*) FROM cloud.change_log"),
                    await CountAsync(postgres.ConnectionString, "SELECT COUNT(*) FROM cloud.documents"), await CountAsync(postgres.ConnectionString, "SELECT COUNT(*) FROM cloud.acks")));

                server.Dispose();
                server = ChildProcess.Start(cloudDll, cloudArgs);
                await WaitHealthyAsync(address);
                var report = await a.Engine.SyncAsync(CancellationToken.None);
                await b.Engine.SyncAsync(CancellationToken.None);

                Assert.Equal(Count, report.Acked);
                Assert.Equal(Count, await CountAsync(postgres.ConnectionString, "SELECT COUNT(DISTINCT \"DocumentId\") FROM cloud.change_log"));
                Assert.Equal(Count, await CountAsync(postgres.ConnectionString, "SELECT MAX(\"ServerSeq\") FROM cloud.change_log"));
                Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
                Assert.Equal(Count, (await b.VouchersAsync()).Count);
                Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
            }
            finally
            {
                server.Dispose();
            }
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    /// <summary>
    /// Scenario 7: the desktop's process dies while it applies a page of the download. Page and cursor commit together,
    /// so the store then holds exactly the documents at or below its cursor, each whole; the next sync fetches again
    /// from that cursor and the store ends equal to the desktop that made the documents.
    /// </summary>
    [Fact]
    public async Task Scenario7_ClientProcessKilledWhileApplyingAPage_StoreHoldsExactlyWhatItsCursorSaysThenResumes()
    {
        const int PageSize = 5;
        await using var cloud = await CloudNode.StartSqliteAsync(temp.Path);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, CancellationToken.None);
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address);
        await a.EnrollAsync(cloud, TaxCode);
        var bDevice = Guid.CreateVersion7();
        await using (var enrolling = await ClientNode.StartAsync(temp.Path, "b", cloud.Address, deviceId: bDevice))
        {
            await enrolling.EnrollAsync(cloud, TaxCode);
            // Synced once while the book is empty, as a desktop that already has its cursor.
            await enrolling.Engine.SyncAsync(CancellationToken.None);
        }

        for (var i = 1; i <= 120; i++)
        {
            await a.CreateCashAsync(i % 3 == 0 ? CashVoucherKind.Payment : CashVoucherKind.Receipt, 10_000m * i, i % 3 == 0 ? "6422" : "5111");
        }

        for (var i = 1; i <= 60; i++)
        {
            await a.CreateVoucherAsync(1_000m * i, post: i % 2 == 0);
        }

        await a.Engine.SyncAsync(CancellationToken.None);
        var log = await cloud.ReadAsync(db => db.ChangeLog.AsNoTracking().OrderBy(c => c.ServerSeq).Select(c => new { c.ServerSeq, c.DocumentId }).ToListAsync());
        var store = Path.Combine(temp.Path, "b.db");
        using (var puller = ChildProcess.Start(ChildProcess.ProjectDll("tests/AmisModular.Sync.CrashSaver", "AmisModular.Sync.CrashSaver"),
                   "pull", store, bDevice.ToString(), cloud.Address.ToString(), PageSize.ToString(CultureInfo.InvariantCulture)))
        {
            await puller.WaitForAsync(l => l == "page 12", TimeSpan.FromSeconds(90));
            puller.Kill();
        }

        long cursor;
        await using (var db = new SqliteConnection($"Data Source={store};Pooling=False"))
        {
            await db.OpenAsync();
            Assert.Equal("ok", await ScalarAsync<string>(db, "PRAGMA integrity_check"));
            cursor = await ScalarAsync<long>(db, "SELECT Cursor FROM syncstate_cursors");
            var held = await IdsAsync(db, "SELECT Id FROM cash_vouchers UNION ALL SELECT Id FROM core_general_journal_vouchers");
            Assert.InRange(cursor, PageSize, log.Count - PageSize);
            Assert.Equal(0, cursor % PageSize);
            Assert.Equal(log.Where(c => c.ServerSeq <= cursor).Select(c => c.DocumentId).Order(), held.Order());
            Assert.Equal(0, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM cash_vouchers v WHERE NOT EXISTS (SELECT 1 FROM cash_voucher_lines l WHERE l.VoucherId = v.Id)"));
            Assert.Equal(0, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM cash_vouchers v WHERE NOT EXISTS (SELECT 1 FROM core_journal_lines j WHERE j.DocumentId = v.Id)"));
            Assert.Equal(0, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM core_journal_lines j WHERE j.DocumentId NOT IN (SELECT Id FROM cash_vouchers UNION ALL SELECT Id FROM core_general_journal_vouchers)"));
        }

        await using var b = await ClientNode.StartAsync(temp.Path, "b", cloud.Address, deviceId: bDevice, configure: o => o.SnapshotThreshold = long.MaxValue);
        var resumed = await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(log.Count - cursor, resumed.Applied);
        Assert.Equal((await a.CashVouchersAsync()).Select(v => (v.Id, v.TaxNumber, v.Lines.Sum(l => l.Amount))),
            (await b.CashVouchersAsync()).Select(v => (v.Id, v.TaxNumber, v.Lines.Sum(l => l.Amount))));
        Assert.Equal((await a.VouchersAsync()).Select(v => v.Id).Order(), (await b.VouchersAsync()).Select(v => v.Id).Order());
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
    }

    private static async Task<List<Guid>> IdsAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(Guid.Parse(reader.GetString(0)));
        }

        return ids;
    }

    private static async Task<T> ReadCloudAsync<T>(string connectionString, Func<CloudDbContext, Task<T>> read)
    {
        await using var db = new CloudDbFactory(new CloudDatabaseOptions { Provider = StoreProvider.Sqlite, ConnectionString = connectionString }).Create();
        return await read(db);
    }

    private static async Task<int> BlockedPushBackendAsync(string connectionString)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var pid = await CountAsync(connectionString,
                "SELECT COALESCE(MAX(pid), 0) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%journal_lines%' AND xact_start IS NOT NULL");
            if (pid != 0)
            {
                return pid;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The push never reached the locked journal table.");
    }

    private static async Task<bool> BackendEndsAsync(string connectionString, int pid)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await CountAsync(connectionString, $"SELECT COUNT(*) FROM pg_stat_activity WHERE pid = {pid}") == 0)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static async Task<int> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WaitHealthyAsync(Uri address)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 150; attempt++)
        {
            try
            {
                if ((await http.GetAsync("health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The cloud process did not become healthy.");
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
