using AmisModular.Sync.Http;
using AmisModular.Sync.Snapshots;
using System.Net;
using System.Net.Http.Json;
using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Hosting;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Recovery;
using AmisModular.Sync.Recovery;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Sync.Tests;

/// <summary>
/// Scenario 19 of sync-protocol.md: the cloud is restored from a backup (serverSeq and the devices' lastSeq go back,
/// documents accepted after the backup are gone), <c>admin rotate-epoch</c> gives it a new server epoch, and every
/// client recovers with nothing lost and nothing duplicated. Real Kestrel on 127.0.0.1 over a SQLite cloud file that
/// is backed up with the SQLite backup API while it runs and copied back while the cloud is stopped.
/// </summary>
public sealed class RestoreScenarioTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDirectory temp = new();
    private readonly int port = FreePort();
    private CloudNode cloud = null!;

    private string CloudFile => Path.Combine(temp.Path, "cloud.db");

    private string BackupFile => Path.Combine(temp.Path, "cloud-backup.db");

    public async Task InitializeAsync()
    {
        cloud = await CloudNode.StartSqliteAsync(temp.Path, port: port);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, None);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        temp.Dispose();
    }

    /// <summary>Scenario 19: both clients re-push what the restore lost, renumber their queues and re-pull; all three converge.</summary>
    [Fact]
    public async Task Scenario19_CloudRestoredFromBackup_BothClientsRecoverWithNothingLostOrDuplicated()
    {
        var world = await TwoClientsAcrossRestoreAsync();
        await using var a = world.A;
        await using var b = world.B;
        var epoch = await RestoreCloudAsync();
        world.Expected.Add((await a.CreateCashAsync(CashVoucherKind.Receipt, 2_000_000m)).Id);
        world.Expected.Add((await b.CreateVoucherAsync(900_000m, post: true)).Id);

        var first = await a.Engine.SyncAsync(None);
        await SyncUntilQuietAsync(a, b);

        Assert.True(first.Pushed >= 6, $"A re-pushed {first.Pushed} mutations");
        await AssertConvergedAsync(world, epoch);
    }

    /// <summary>
    /// Scenario 19 after an install that stopped midway: A had downloaded and verified a snapshot of the cloud as it was
    /// before the restore and was installing it when it stopped. That snapshot belongs to the old server epoch; the
    /// recovery must fetch one of the restored cloud, not resume the old one (whose cursor would carry A past changes
    /// the restored cloud numbers anew).
    /// </summary>
    [Fact]
    public async Task Scenario19_SnapshotInstallLeftUnfinishedBeforeTheRestore_IsNotResumedAcrossIt()
    {
        var world = await TwoClientsAcrossRestoreAsync();
        var a = world.A;
        await using var b = world.B;
        using var stop = new CancellationTokenSource();
        var credential = (await a.Engine.CredentialAsync(None))!;
        var interrupted = new SnapshotBootstrap(a.Store, a.Get<SyncApiClient>(), a.Get<SyncAdapters>(), SnapshotBootstrap.DefaultFolder(a.StoreFile),
            TimeProvider.System, pageSize: 2, new CallbackProgress<SnapshotProgress>(p =>
            {
                if (p is { Phase: SnapshotPhase.Installing, DocumentsDone: >= 2 })
                {
                    stop.Cancel();
                }
            }));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => interrupted.BootstrapAsync(credential, stop.Token));
        var old = await a.StateAsync(s => s.SnapshotInstalls.AsNoTracking().SingleAsync(i => i.FinishedAt == null));
        a = await a.RestartAsync();
        world = world with { A = a };
        await using var restarted = a;
        var epoch = await RestoreCloudAsync();
        world.Expected.Add((await b.CreateVoucherAsync(900_000m, post: true)).Id);

        await SyncUntilQuietAsync(a, b);

        var installed = a.Engine.Snapshots.LastResult!;
        Assert.NotEqual(old.SnapshotId, installed.SnapshotId);
        Assert.False(installed.Resumed);
        await AssertConvergedAsync(world, epoch);
    }

    /// <summary>Scenario 19 with crashes: A dies inside the outbox rebuild, B loses the network in the re-pull; both resume.</summary>
    [Fact]
    public async Task Scenario19_CrashInTheMiddleOfRecovery_SyncAgainReachesTheSameEndState()
    {
        var world = await TwoClientsAcrossRestoreAsync();
        var a = world.A;
        await using var b = world.B;
        var epoch = await RestoreCloudAsync();
        world.Expected.Add((await a.CreateCashAsync(CashVoucherKind.Receipt, 2_000_000m)).Id);
        world.Expected.Add((await b.CreateVoucherAsync(900_000m, post: true)).Id);
        var outboxBefore = Rows(await a.OutboxAsync());

        a.Crash.CrashOnce = context => context is OutboxDbContext;
        await Assert.ThrowsAsync<InvalidOperationException>(() => a.Engine.SyncAsync(None));

        Assert.Equal(outboxBefore, Rows(await a.OutboxAsync()));
        Assert.Equal(RestoreRecoveryStep.Reconcile, (await a.Engine.ProgressAsync(None)).Recovery?.Step);
        a = await a.RestartAsync();
        world = world with { A = a };
        await using var restarted = a;

        b.Faults.PathContains = "changes";
        b.Faults.DropResponses = 100;
        await Assert.ThrowsAsync<Http.CloudUnreachableException>(() => b.Engine.SyncAsync(None));
        var midway = await b.Engine.ProgressAsync(None);
        Assert.Equal(RestoreRecoveryStep.Repull, midway.Recovery?.Step);
        Assert.Contains("recovering after server restore", midway.Recovery!.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, midway.Pending);
        b.Faults.DropResponses = 0;

        await SyncUntilQuietAsync(a, b);

        await AssertConvergedAsync(world, epoch);
    }

    /// <summary>
    /// Scenario 19, a device enrolled after the backup: the restored cloud does not know it. It gets a clear
    /// "re-enroll" status with its queue intact; enrolling again recovers its documents like the others'.
    /// </summary>
    [Fact]
    public async Task Scenario19_DeviceEnrolledAfterBackup_ReenrollmentRequiredQueueIntactThenRecoversAfterEnrollingAgain()
    {
        await using var a = await ClientAsync("a");
        var early = await a.CreateVoucherAsync(100_000m, post: true);
        await a.Engine.SyncAsync(None);
        await BackUpCloudAsync();
        await using var c = await ClientAsync("c");
        var late = await c.CreateCashAsync(CashVoucherKind.Receipt, 3_300_000m);
        await c.Engine.SyncAsync(None);
        await a.Engine.SyncAsync(None);
        await RestoreCloudAsync();
        var offline = await c.CreateVoucherAsync(450_000m, post: true);
        var queued = Rows(await c.OutboxAsync());

        var error = await Assert.ThrowsAsync<ReenrollmentRequiredException>(() => c.Engine.SyncAsync(None));

        Assert.Equal((401, ReenrollmentRequiredException.Code401), (error.Status, error.Code));
        Assert.Contains("đăng ký lại", error.Message, StringComparison.Ordinal);
        Assert.Contains("enroll again", error.Message, StringComparison.Ordinal);
        Assert.Equal(queued, Rows(await c.OutboxAsync()));
        var status = (await c.Engine.ProgressAsync(None)).Recovery;
        Assert.Equal(RestoreRecoveryStep.ReenrollmentRequired, status?.Step);
        Assert.Equal(ReenrollmentRequiredException.Text, status?.Message);
        Assert.Equal(ConnectivityState.Unauthorized, await c.Engine.ProbeAsync(None));

        var code = await cloud.Admin.IssueEnrollmentCodeAsync(TaxCode, null, TimeSpan.FromHours(1), None);
        await c.Engine.EnrollAsync(code.Code, "c again", None);
        await SyncUntilQuietAsync(a, c);

        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().Where(d => !d.Removed).ToDictionaryAsync(d => d.DocumentId, d => d.Version));
        Assert.Equal(new[] { early.Id, late.Id, offline.Id }.Order(), server.Keys.Order());
        Assert.Equal(server.OrderBy(p => p.Key), (await LocalDocumentsAsync(a)).OrderBy(p => p.Key));
        Assert.Equal(server.OrderBy(p => p.Key), (await LocalDocumentsAsync(c)).OrderBy(p => p.Key));
        Assert.Equal(await a.TrialBalanceAsync(), await c.TrialBalanceAsync());
        Assert.DoesNotContain(await c.OutboxAsync(), m => m.State != OutboxState.Acked);
        Assert.Null((await c.Engine.ProgressAsync(None)).Recovery);
    }

    /// <summary>Scenario 19 (and 14): /have answers only for the caller's book; another tenant's document ids count as missing.</summary>
    [Fact]
    public async Task Scenario19_HaveNamingAnotherTenantsDocuments_RevealsNothingAndLimitsTheBatch()
    {
        const string otherTaxCode = "0309876543";
        await cloud.Admin.CreateTenantAsync(otherTaxCode, "Công ty Khác", null, null, None);
        await using var mine = await ClientAsync("mine");
        await using var other = await ClientNode.StartAsync(temp.Path, "other", cloud.Address);
        await other.EnrollAsync(cloud, otherTaxCode);
        var secret = await other.CreateVoucherAsync(5_000_000m, post: true);
        var edited = await other.CreateVoucherAsync(1_000_000m);
        await other.Vouchers.UpdateAsync(edited.Id, 1, Draft(other, 1_100_000m, "Sửa"), None);
        var own = await mine.CreateVoucherAsync(200_000m, post: true);
        await other.Engine.SyncAsync(None);
        await mine.Engine.SyncAsync(None);
        var token = (await mine.Engine.CredentialAsync(None))!.Token;
        using var http = cloud.RawClient(token);

        var response = await http.PostAsJsonAsync(SyncRoutes.Have,
            new HaveRequest(new Dictionary<Guid, long> { [secret.Id] = 0, [edited.Id] = 1, [own.Id] = 0 }), ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<HaveResponse>(ProtocolJson.Options))!;
        Assert.Equal(new[] { secret.Id, edited.Id }.Order(), answer.MissingOnServer.Order());
        Assert.Equal([own.Id], answer.NewerOnServer);
        Assert.Empty(answer.OlderOnServer);

        var tooMany = Enumerable.Range(0, HaveLimits.MaxDocuments + 1).ToDictionary(_ => Guid.CreateVersion7(), _ => 1L);
        var refused = await http.PostAsJsonAsync(SyncRoutes.Have, new HaveRequest(tooMany), ProtocolJson.Options);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal(SyncErrorCodes.BatchTooLarge, (await refused.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options))!.Code);
        using var anonymous = cloud.RawClient();
        var unauthenticated = await anonymous.PostAsJsonAsync(SyncRoutes.Have, new HaveRequest(new Dictionary<Guid, long> { [secret.Id] = 1 }), ProtocolJson.Options);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }

    /// <summary>
    /// Scenario 19: every device that holds a lost document re-pushes it; when two do, the second push carries the
    /// very same change (same base version and payload) and is answered as a duplicate, not as a conflict with itself.
    /// </summary>
    [Fact]
    public async Task Scenario19_SameLostDocumentRepushedByTwoDevices_SecondIsDuplicateNotConflict()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var voucher = await a.CreateVoucherAsync(1_200_000m, post: true, description: "Adjustment 42");
        await a.Engine.SyncAsync(None);
        var row = Assert.Single(await a.OutboxAsync());
        var credential = (await b.Engine.CredentialAsync(None))!;
        using var http = cloud.RawClient(credential.Token);
        var same = new Protocol.Push.Mutation(1, row.Module, row.SchemaVersion, row.DocumentType, row.DocumentId, row.Operation, row.BaseVersion,
            row.LocalNumber, row.Payload, row.PayloadHash);

        var response = await http.PostAsJsonAsync(SyncRoutes.Push, new Protocol.Push.PushRequest(credential.DeviceId, credential.Epoch, null, [same]), ProtocolJson.Options);

        var ack = Assert.Single((await response.Content.ReadFromJsonAsync<Protocol.Push.PushResponse>(ProtocolJson.Options))!.Acks);
        Assert.Equal((Protocol.Push.AckStatus.Duplicate, 1L, voucher.TaxNumber), (ack.Status, ack.Version, ack.FinalNumber));
        Assert.Equal(voucher.Id, Assert.Single(await cloud.ChangeLogAsync()).DocumentId);
        var edited = same with { Seq = 2, Payload = same.Payload.Replace("Adjustment 42", "Adjustment 43", StringComparison.Ordinal) };
        edited = edited with { PayloadHash = Storage.Json.CanonicalJson.Sha256Hex(edited.Payload) };
        var different = await http.PostAsJsonAsync(SyncRoutes.Push, new Protocol.Push.PushRequest(credential.DeviceId, credential.Epoch, null, [edited]), ProtocolJson.Options);
        Assert.Equal(Protocol.Push.AckStatus.Rejected, Assert.Single((await different.Content.ReadFromJsonAsync<Protocol.Push.PushResponse>(ProtocolJson.Options))!.Acks).Status);
    }

    /// <param name="Deleted">A draft in the backup, deleted after it: the restore brings it back, the recovery removes it again.</param>
    /// <param name="Edited">A draft made after the backup and edited once: re-pushed as its two versions.</param>
    /// <param name="Revised">A draft in the backup (version 1), edited after it: the server holds it older (version 1).</param>
    private sealed record World(ClientNode A, ClientNode B, HashSet<Guid> Expected, Guid Deleted, Guid Edited, Guid Revised);

    /// <summary>
    /// Two clients in sync; the backup; then more changes both push and pull (a new supplier and a payment referencing
    /// it, a draft edited to version 2, a pre-backup draft deleted, vouchers of B) which the restore will lose.
    /// </summary>
    private async Task<World> TwoClientsAcrossRestoreAsync()
    {
        var a = await ClientAsync("a");
        var b = await ClientAsync("b");
        var expected = new HashSet<Guid>();
        var customer = await a.Catalogs.AddPartnerAsync(a.CompanyId, "KH01", "Công ty Bình Minh", PartnerKinds.Customer, null, None);
        expected.Add(customer.Id);
        expected.Add((await a.CreateCashAsync(CashVoucherKind.Receipt, 12_345_678m, "131", customer.Id)).Id);
        var doomed = await a.CreateVoucherAsync(300_000m);
        var revised = await a.CreateVoucherAsync(700_000m);
        expected.Add(revised.Id);
        expected.Add((await b.CreateVoucherAsync(2_750_000.50m, post: true)).Id);
        await SyncAllAsync(a, b);
        await BackUpCloudAsync();

        var supplier = await a.Catalogs.AddPartnerAsync(a.CompanyId, "NCC01", "Công ty Hòa Phát", PartnerKinds.Vendor, null, None);
        expected.Add(supplier.Id);
        expected.Add((await a.CreateCashAsync(CashVoucherKind.Payment, 4_400_000m, "331", supplier.Id)).Id);
        var edited = await a.CreateVoucherAsync(500_000m);
        await a.Vouchers.UpdateAsync(edited.Id, 1, Draft(a, 650_000m, "Sửa sau sao lưu"), None);
        expected.Add(edited.Id);
        await a.Vouchers.DeleteAsync(doomed.Id, None);
        await a.Vouchers.UpdateAsync(revised.Id, 1, Draft(a, 720_000m, "Sửa chứng từ có trong bản sao lưu"), None);
        expected.Add((await b.CreateCashAsync(CashVoucherKind.Receipt, 1_000_000.5m)).Id);
        expected.Add((await b.CreateVoucherAsync(800_000m, post: true)).Id);
        await SyncAllAsync(a, b);
        Assert.Equal(expected.Count, await cloud.ReadAsync(db => db.Documents.CountAsync(d => !d.Removed)));
        return new World(a, b, expected, doomed.Id, edited.Id, revised.Id);
    }

    private async Task AssertConvergedAsync(World world, string epoch)
    {
        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().Where(d => !d.Removed).ToDictionaryAsync(d => d.DocumentId, d => d.Version));
        Assert.Equal(world.Expected.Order(), server.Keys.Order());
        Assert.DoesNotContain(world.Deleted, server.Keys);
        Assert.Equal((2L, 2L), (server[world.Edited], server[world.Revised]));
        var revised = await cloud.ReadAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.DocumentId == world.Revised));
        Assert.Contains("Sửa chứng từ có trong bản sao lưu", revised.Payload, StringComparison.Ordinal);
        var numbers = await cloud.ReadAsync(db => db.Documents.AsNoTracking().Where(d => d.Number != null).Select(d => d.Number!).ToListAsync());
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
        foreach (var client in new[] { world.A, world.B })
        {
            Assert.Equal(server.OrderBy(p => p.Key), (await LocalDocumentsAsync(client)).OrderBy(p => p.Key));
            Assert.DoesNotContain(await client.OutboxAsync(), m => m.State != OutboxState.Acked);
            Assert.Empty(await client.StateAsync(s => s.ConflictCopies.AsNoTracking().ToListAsync()));
            Assert.Equal(epoch, (await client.Engine.CredentialAsync(None))!.ServerEpoch);
            var progress = await client.Engine.ProgressAsync(None);
            Assert.Null(progress.Recovery);
            Assert.Equal(0, progress.Remaining);
        }

        var balance = await world.A.TrialBalanceAsync();
        Assert.NotEmpty(balance);
        Assert.Equal(balance, await world.B.TrialBalanceAsync());
        Assert.Equal(await world.A.JournalAsync(), await world.B.JournalAsync());
    }

    /// <summary>Every document the store holds, through the modules' adapters (the listing reconciliation uses).</summary>
    private static async Task<Dictionary<Guid, long>> LocalDocumentsAsync(ClientNode client)
    {
        var adapters = client.Get<SyncAdapters>();
        var documents = new Dictionary<Guid, long>();
        foreach (var module in adapters.SchemaVersions.Keys)
        {
            await foreach (var document in adapters.Find(module)!.ListAsync(None))
            {
                documents.Add(document.DocumentId, document.Version);
            }
        }

        return documents;
    }

    private static List<string> Rows(IEnumerable<OutboxMessage> rows) =>
        [.. rows.Select(m => $"{m.Seq}|{m.DocumentId}|{m.Operation}|{m.BaseVersion}|{m.State}|{m.PayloadHash}")];

    private async Task<ClientNode> ClientAsync(string name)
    {
        var client = await ClientNode.StartAsync(temp.Path, name, cloud.Address);
        await client.EnrollAsync(cloud, TaxCode);
        return client;
    }

    private static async Task SyncAllAsync(ClientNode a, ClientNode b)
    {
        await a.Engine.SyncAsync(None);
        await b.Engine.SyncAsync(None);
        await a.Engine.SyncAsync(None);
    }

    private static async Task SyncUntilQuietAsync(ClientNode first, ClientNode second)
    {
        for (var round = 1; round <= 6; round++)
        {
            var one = await first.Engine.SyncAsync(None);
            var two = await second.Engine.SyncAsync(None);
            if (round > 1 && one.Pushed + two.Pushed + one.Applied + two.Applied == 0)
            {
                return;
            }
        }

        Assert.Fail("The clients did not become quiet within 6 rounds.");
    }

    /// <summary>The SQLite online backup of the running cloud's database: a consistent copy, WAL included.</summary>
    private async Task BackUpCloudAsync()
    {
        await using var source = new SqliteConnection($"Data Source={CloudFile};Pooling=False");
        await using var target = new SqliteConnection($"Data Source={BackupFile};Pooling=False");
        await source.OpenAsync();
        await target.OpenAsync();
        source.BackupDatabase(target);
    }

    /// <summary>The restore procedure of the README: stop the cloud, put the backup back, admin rotate-epoch, start the cloud.</summary>
    private async Task<string> RestoreCloudAsync()
    {
        var before = await cloud.Services.GetRequiredService<Cloud.Hello.ServerEpoch>().GetAsync(None);
        await cloud.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(CloudFile + suffix);
        }

        File.Copy(BackupFile, CloudFile);
        var admin = CloudApp.Build([], config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cloud:Database:Provider"] = "Sqlite",
            ["Cloud:Database:ConnectionString"] = $"Data Source={CloudFile};Pooling=False",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        await using (admin)
        {
            using var output = new StringWriter();
            Assert.Equal(0, await AdminCommand.RunAsync(["rotate-epoch"], admin.Services, output));
            Assert.StartsWith("server epoch ", output.ToString(), StringComparison.Ordinal);
        }

        cloud = await CloudNode.StartSqliteAsync(temp.Path, port: port);
        var after = await cloud.Services.GetRequiredService<Cloud.Hello.ServerEpoch>().GetAsync(None);
        Assert.NotEqual(before, after);
        return after;
    }

    private static GeneralJournalDraft Draft(ClientNode client, decimal amount, string description)
    {
        var day = new DateOnly(2026, 3, 15);
        return new GeneralJournalDraft(client.CompanyId, BookSet.Tax, day, day, description, [new GeneralJournalDraftLine("1111", "1121", amount)]);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
