using System.Net;
using System.Net.Http.Json;
using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Data;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.Protocol.Snapshots;
using AmisModular.Sync.Snapshots;
using AmisModular.Sync.Tests.Infrastructure;
using AmisModular.Modularity.Abstractions.Sync;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Tests;

/// <summary>
/// Scenarios 13 (huge initial sync via a snapshot: resumable, checksummed, never half-installed) and 16 (a client
/// offline longer than tombstone retention) of sync-protocol.md, against a real Kestrel cloud on 127.0.0.1 over
/// SQLite and real client SQLite stores. Snapshot chunks are 128 bytes so a few dozen vouchers make many chunks.
/// </summary>
public sealed class SnapshotScenarioTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private const int ChunkSize = 128;
    private readonly TempDirectory temp = new();
    private CloudNode cloud = null!;

    public async Task InitializeAsync()
    {
        cloud = await CloudNode.StartSqliteAsync(temp.Path, new Dictionary<string, string?>
        {
            ["Cloud:Snapshots:Folder"] = Path.Combine(temp.Path, "cloud-snapshots"),
            ["Cloud:Snapshots:ChunkSize"] = ChunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        temp.Dispose();
    }

    /// <summary>Scenario 13: a new device of a book bigger than the threshold installs a snapshot, converges, then pulls only the delta.</summary>
    [Fact]
    public async Task Scenario13_NewDeviceOfBigBook_BootstrapsFromSnapshotThenPullsDeltaAfterCursor()
    {
        await using var a = await ClientAsync("a");
        await SeedAsync(a, 56);
        var partner = await a.Catalogs.AddPartnerAsync(a.CompanyId, "KH001", "Công ty Bình An", PartnerKinds.Customer, null, CancellationToken.None);
        await a.CreateCashAsync(CashVoucherKind.Receipt, 3_300_000m, "131", partner.Id);
        await a.Engine.SyncAsync(CancellationToken.None);
        var seqAtSnapshot = await cloud.ReadAsync(db => db.Books.Select(b => b.LastServerSeq).SingleAsync());

        await using var n = await ClientAsync("n", pageSize: 5);
        var shown = new List<SnapshotProgress>();
        n.Engine.Snapshots.ProgressChanged += (_, p) => shown.Add(p);
        var first = await n.Engine.SyncAsync(CancellationToken.None);

        var installed = n.Engine.Snapshots.LastResult;
        Assert.NotNull(installed);
        Assert.Equal(seqAtSnapshot, installed.Cursor);
        Assert.Equal(58, installed.Documents);
        Assert.Equal(0, first.Pulled);
        Assert.Equal(seqAtSnapshot, await n.StateAsync(s => s.Cursors.Select(c => c.Cursor).SingleAsync()));
        Assert.Equal(SnapshotPhase.Done, n.Engine.Snapshots.Current!.Phase);
        Assert.Equal(58, n.Engine.Snapshots.Current.DocumentsDone);
        var downloading = shown.Where(p => p.Phase == SnapshotPhase.Downloading).ToList();
        Assert.NotEmpty(downloading);
        Assert.Equal(downloading[0].BytesTotal, downloading[^1].BytesDone);
        Assert.Equal([0L, 5L, 10L, 15L, 20L, 25L, 30L, 35L, 40L, 45L, 50L, 55L, 58L],
            shown.Where(p => p.Phase == SnapshotPhase.Installing).Select(p => p.DocumentsDone));
        Assert.DoesNotContain(shown, p => p.Phase == SnapshotPhase.Reconciling);
        Assert.False(await n.StateAsync(s => s.SnapshotInstalls.Select(i => i.RemoveMissing).SingleAsync()), "a store with no documents has nothing to reconcile");
        Assert.All(shown, p => Assert.Equal(58, p.DocumentsTotal));
        Assert.Equal(await CloudVersionsAsync(), await LocalVersionsAsync(n));
        Assert.Equal(await a.TrialBalanceAsync(), await n.TrialBalanceAsync());
        Assert.False(Directory.EnumerateFiles(n.Engine.Snapshots.Downloader.Folder).Any(), "the installed snapshot file is deleted");

        await a.CreateVoucherAsync(70_000m, post: true);
        await a.CreateVoucherAsync(80_000m);
        await a.Engine.SyncAsync(CancellationToken.None);
        var delta = await n.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((2, 2), (delta.Pulled, delta.Applied));
        Assert.Equal(await CloudVersionsAsync(), await LocalVersionsAsync(n));
        Assert.Equal(await a.TrialBalanceAsync(), await n.TrialBalanceAsync());
    }

    /// <summary>
    /// A new device that already holds vouchers of its own pushes them first, then installs the snapshot the cloud
    /// still serves from a few minutes ago (older than that push). Its own vouchers are not in that snapshot and their
    /// outbox rows are acked; they must survive the install, and the delta pull (their own echoes) must not be needed.
    /// </summary>
    [Fact]
    public async Task Scenario13_NewDeviceWithOwnVouchersGetsASnapshotOlderThanItsPush_KeepsItsVouchers()
    {
        await using var a = await ClientAsync("a");
        await SeedAsync(a, 56);
        await using (var first = await ClientAsync("c", pageSize: 5))
        {
            await first.Engine.SyncAsync(CancellationToken.None);
            Assert.NotNull(first.Engine.Snapshots.LastResult);
        }

        await using var n = await ClientAsync("n", pageSize: 5);
        var own1 = await n.CreateVoucherAsync(610_000m, post: true);
        var own2 = await n.CreateVoucherAsync(620_000m);

        var report = await n.Engine.SyncAsync(CancellationToken.None);

        var installed = n.Engine.Snapshots.LastResult;
        Assert.NotNull(installed);
        Assert.Equal(2, report.Acked);
        var pushedAt = await n.StateAsync(s => s.Acks.AsNoTracking().Select(x => x.ServerSeq!.Value).ToListAsync());
        Assert.All(pushedAt, seq => Assert.True(seq > installed.Cursor, "the cloud served a snapshot taken before this device's push"));
        Assert.Equal(0, installed.Removed);
        var local = await LocalVersionsAsync(n);
        Assert.Contains(own1.Id, local.Keys);
        Assert.Contains(own2.Id, local.Keys);
        Assert.Equal(await CloudVersionsAsync(), local);
        await a.Engine.SyncAsync(CancellationToken.None);
        Assert.Equal(await a.TrialBalanceAsync(), await n.TrialBalanceAsync());
    }

    /// <summary>
    /// Scenario 16 while the user keeps working: during the snapshot's download the user deletes a draft the snapshot
    /// still holds. The install must not bring it back (there is no local row left to compare versions with), or the
    /// delete, accepted later, would leave this device the only one holding the draft.
    /// </summary>
    [Fact]
    public async Task Scenario16_DraftDeletedWhileTheSnapshotDownloads_StaysDeletedEverywhere()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var draft = await a.CreateVoucherAsync(100_000m, description: "Nháp sẽ xóa khi đang tải bản chụp");
        var purged = await a.CreateVoucherAsync(300_000m);
        await a.CreateVoucherAsync(200_000m, post: true);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        await b.Vouchers.DeleteAsync(purged.Id, CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        using var output = new StringWriter();
        Assert.Equal(0, await AdminCommand.RunAsync(["compact", "--tax-code", TaxCode, "--keep-days", "0"], cloud.Services, output));
        var deletedDuringDownload = false;
        a.Engine.Snapshots.ProgressChanged += (_, p) =>
        {
            if (p.Phase == SnapshotPhase.Downloading && !deletedDuringDownload)
            {
                deletedDuringDownload = true;
                a.Vouchers.DeleteAsync(draft.Id, CancellationToken.None).GetAwaiter().GetResult();
            }
        };

        await a.Engine.SyncAsync(CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);

        Assert.True(deletedDuringDownload);
        Assert.NotNull(a.Engine.Snapshots.LastResult);
        Assert.DoesNotContain(draft.Id, (await LocalVersionsAsync(a)).Keys);
        Assert.DoesNotContain(draft.Id, (await CloudVersionsAsync()).Keys);
        Assert.Equal(await CloudVersionsAsync(), await LocalVersionsAsync(a));
        await b.Engine.SyncAsync(CancellationToken.None);
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
        Assert.Equal(await LocalVersionsAsync(b), await LocalVersionsAsync(a));
    }

    /// <summary>Scenario 13: a download cut at ~90% resumes with a Range request from the bytes on disk, not from 0.</summary>
    [Fact]
    public async Task Scenario13_DownloadCutAt90Percent_ResumesWithRangeFromBytesAlreadyOnDisk()
    {
        var (token, manifest) = await SnapshotOfSeededBookAsync();
        var folder = Path.Combine(temp.Path, "downloads");
        var cut = new SnapshotBodyHandler { DropOnceAt = manifest.Size * 9 / 10 };
        var interrupted = new SnapshotDownloader(Api(cut), folder, maxAttempts: 1);

        await Assert.ThrowsAsync<CloudUnreachableException>(() => interrupted.DownloadAsync(token, manifest, null, CancellationToken.None));

        var onDisk = new FileInfo(interrupted.PartPath(manifest.Id)).Length;
        Assert.Equal(manifest.Size * 9 / 10, onDisk);
        Assert.False(File.Exists(interrupted.SnapshotPath(manifest.Id)));
        var resume = new SnapshotBodyHandler();
        var file = await new SnapshotDownloader(Api(resume), folder).DownloadAsync(token, manifest, null, CancellationToken.None);

        Assert.Equal([onDisk], resume.RangeStarts);
        Assert.Equal([manifest.Size - onDisk], resume.BytesReceived);
        Assert.Equal(manifest.Sha256, await SnapshotDownloader.Sha256Async(file, CancellationToken.None));
        Assert.False(File.Exists(interrupted.PartPath(manifest.Id)));
    }

    /// <summary>Scenario 13: a corrupted byte in the .part file fails its chunk hash; the download resumes from that chunk's start.</summary>
    [Fact]
    public async Task Scenario13_CorruptByteInPartFile_DetectedByChunkHashAndRefetchedFromLastGoodChunk()
    {
        var (token, manifest) = await SnapshotOfSeededBookAsync();
        var folder = Path.Combine(temp.Path, "downloads");
        var downloader = new SnapshotDownloader(Api(new SnapshotBodyHandler { DropOnceAt = manifest.Size * 9 / 10 }), folder, maxAttempts: 1);
        await Assert.ThrowsAsync<CloudUnreachableException>(() => downloader.DownloadAsync(token, manifest, null, CancellationToken.None));
        var damaged = manifest.Size / 2;
        await using (var part = File.Open(downloader.PartPath(manifest.Id), FileMode.Open, FileAccess.ReadWrite))
        {
            part.Position = damaged;
            var original = part.ReadByte();
            part.Position = damaged;
            part.WriteByte((byte)(original ^ 0x5A));
        }

        var resume = new SnapshotBodyHandler();
        var file = await new SnapshotDownloader(Api(resume), folder).DownloadAsync(token, manifest, null, CancellationToken.None);

        var lastGoodBoundary = damaged / ChunkSize * ChunkSize;
        Assert.Equal([lastGoodBoundary], resume.RangeStarts);
        Assert.Equal(manifest.Size - lastGoodBoundary, resume.BytesReceived.Single());
        Assert.Equal(manifest.Sha256, await SnapshotDownloader.Sha256Async(file, CancellationToken.None));
    }

    /// <summary>Scenario 13: bytes damaged in transit fail the chunk hash; the bad chunk alone is fetched again.</summary>
    [Fact]
    public async Task Scenario13_ChunkCorruptedInTransitOnce_RefetchedFromThatChunkAndFileVerifies()
    {
        var (token, manifest) = await SnapshotOfSeededBookAsync();
        var handler = new SnapshotBodyHandler { CorruptAt = manifest.Size * 3 / 10, CorruptOnce = true };
        var downloader = new SnapshotDownloader(Api(handler), Path.Combine(temp.Path, "downloads"));
        var progress = new List<SnapshotProgress>();
        var task = downloader.DownloadAsync(token, manifest, new CallbackProgress<SnapshotProgress>(progress.Add), CancellationToken.None);

        var file = await task;

        Assert.Equal(manifest.Sha256, await SnapshotDownloader.Sha256Async(file, CancellationToken.None));
        Assert.Equal(2, handler.RangeStarts.Count);
        Assert.Null(handler.RangeStarts[0]);
        Assert.Equal(manifest.Size * 3 / 10 / ChunkSize * ChunkSize, handler.RangeStarts[1]);
        Assert.Equal(manifest.Size, progress[^1].BytesDone);
        Assert.Equal(manifest.Size, progress[^1].BytesTotal);
    }

    /// <summary>Scenario 13: a snapshot that stays truncated or corrupt is never installed: no document applied, no cursor.</summary>
    [Theory]
    [InlineData("truncated")]
    [InlineData("corrupt")]
    public async Task Scenario13_TruncatedOrCorruptSnapshot_NeverInstalled(string damage)
    {
        await using var a = await ClientAsync("a");
        await SeedAsync(a, 40);
        await using var n = await ClientAsync("n");
        var manifest = await Api(new SnapshotBodyHandler()).SnapshotManifestAsync(await TokenAsync(n), null, null, CancellationToken.None);
        var handler = damage == "truncated" ? new SnapshotBodyHandler { TruncateAt = manifest.Size / 2 } : new SnapshotBodyHandler { CorruptAt = manifest.Size / 3 };
        var folder = Path.Combine(temp.Path, "n-snapshots");
        var bootstrap = new SnapshotBootstrap(n.Store, Api(handler), n.Get<SyncAdapters>(), folder, TimeProvider.System);
        var credential = (await n.Engine.CredentialAsync(CancellationToken.None))!;

        var error = await Assert.ThrowsAnyAsync<Exception>(() => bootstrap.BootstrapAsync(credential, CancellationToken.None));

        Assert.IsType(damage == "truncated" ? typeof(CloudUnreachableException) : typeof(SnapshotCorruptException), error);
        Assert.Empty(await n.VouchersAsync());
        Assert.False(await n.StateAsync(s => s.Cursors.AnyAsync()));
        Assert.False(await n.StateAsync(s => s.SnapshotInstalls.AnyAsync()));
        Assert.Empty(Directory.EnumerateFiles(folder, "*.snapshot"));
        Assert.Equal(5, handler.RangeStarts.Count);
    }

    /// <summary>Scenario 13: an install stopped midway resumes after its committed pages and ends with every document exactly once.</summary>
    [Fact]
    public async Task Scenario13_InstallInterruptedMidway_ResumesAfterCommittedPagesWithEveryDocumentOnce()
    {
        await using var a = await ClientAsync("a");
        await SeedAsync(a, 60);
        var n = await ClientAsync("n", pageSize: 5);
        using var stop = new CancellationTokenSource();
        var credential = (await n.Engine.CredentialAsync(CancellationToken.None))!;
        var folder = SnapshotBootstrap.DefaultFolder(n.StoreFile);
        var interrupted = new SnapshotBootstrap(n.Store, n.Get<SyncApiClient>(), n.Get<SyncAdapters>(), folder, TimeProvider.System, pageSize: 5,
            new CallbackProgress<SnapshotProgress>(p =>
            {
                if (p is { Phase: SnapshotPhase.Installing, DocumentsDone: >= 20 })
                {
                    stop.Cancel();
                }
            }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => interrupted.BootstrapAsync(credential, stop.Token));

        var install = await n.StateAsync(s => s.SnapshotInstalls.AsNoTracking().SingleAsync());
        Assert.Equal((20L, (DateTimeOffset?)null, false), (install.Applied, install.FinishedAt, install.RemoveMissing));
        Assert.Equal(0, await n.StateAsync(s => s.SnapshotDocuments.CountAsync()));
        Assert.Equal(20, (await n.VouchersAsync()).Count);
        Assert.False(await n.StateAsync(s => s.Cursors.AnyAsync()), "the cursor moves only when the install finishes");
        n = await n.RestartAsync();
        await using var restarted = n;

        var report = await restarted.Engine.SyncAsync(CancellationToken.None);

        var resumed = restarted.Engine.Snapshots.LastResult!;
        Assert.True(resumed.Resumed);
        Assert.Equal(install.SnapshotId, resumed.SnapshotId);
        Assert.Equal((60L, 60L), (resumed.Documents, resumed.Applied));
        Assert.Equal(0, report.Pulled);
        var vouchers = await restarted.VouchersAsync();
        Assert.Equal(60, vouchers.Select(v => v.Id).Distinct().Count());
        Assert.Equal(await CloudVersionsAsync(), await LocalVersionsAsync(restarted));
        Assert.Equal(await a.JournalAsync(), await restarted.JournalAsync());
        Assert.Equal(install.Cursor, await restarted.StateAsync(s => s.Cursors.Select(c => c.Cursor).SingleAsync()));
    }

    /// <summary>
    /// Scenario 16: a client offline past the retention window gets 410 cursorExpired; its outbox reaches the cloud
    /// first, it re-snapshots, keeps its unsynced (parked) voucher, drops the voucher voided elsewhere, and converges.
    /// </summary>
    [Fact]
    public async Task Scenario16_OfflinePastRetention_Gets410_PushesOutboxFirst_ResnapshotsKeepsUnsyncedAndConverges()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var edited = await a.CreateVoucherAsync(100_000m);
        var posted = await a.CreateVoucherAsync(200_000m, post: true);
        var deleted = await a.CreateVoucherAsync(300_000m);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        var cursorBefore = await a.StateAsync(s => s.Cursors.Select(c => c.Cursor).SingleAsync());

        // A goes offline and keeps working; meanwhile B edits one voucher and deletes another.
        var offline1 = await a.CreateVoucherAsync(410_000m, post: true);
        var offline2 = await a.CreateVoucherAsync(420_000m);
        await cloud.Admin.LockPeriodsAsync(TaxCode, new DateOnly(2026, 1, 31), CancellationToken.None);
        var unsynced = await a.CreateVoucherAsync(430_000m, date: new DateOnly(2026, 1, 10), description: "Kỳ đã khóa trên máy chủ");
        await b.Vouchers.UpdateAsync(edited.Id, 1, Draft(b, 150_000m), CancellationToken.None);
        await b.Vouchers.DeleteAsync(deleted.Id, CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        using var output = new StringWriter();
        Assert.Equal(0, await AdminCommand.RunAsync(["compact", "--tax-code", TaxCode, "--keep-days", "0"], cloud.Services, output));
        var floor = await cloud.ReadAsync(db => db.Books.Select(x => x.RetentionFloor).SingleAsync());
        Assert.True(floor > cursorBefore);
        Assert.Contains($"1 tombstones; retention floor {floor}", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(await cloud.ChangeLogAsync(), c => c.DocumentId == deleted.Id);
        using (var raw = cloud.RawClient(await TokenAsync(a)))
        {
            var expired = await raw.GetAsync($"sync/v1/changes?after={cursorBefore}");
            Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
            Assert.Equal(SyncErrorCodes.CursorExpired, (await expired.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options))!.Code);
        }

        var report = await a.Engine.SyncAsync(CancellationToken.None);

        var installed = a.Engine.Snapshots.LastResult;
        Assert.NotNull(installed);
        Assert.Equal(1, installed.Removed);
        var cloudSeqOfOffline = await cloud.ReadAsync(db => db.Documents.Where(d => d.DocumentId == offline1.Id || d.DocumentId == offline2.Id)
            .Select(d => d.LastServerSeq).ToListAsync());
        Assert.Equal(2, cloudSeqOfOffline.Count);
        Assert.All(cloudSeqOfOffline, seq => Assert.True(seq <= installed.Cursor, "the outbox was pushed before the snapshot was taken"));
        Assert.Equal(1, report.Parked);
        var parked = Assert.Single(await a.OutboxAsync(), m => m.State == OutboxState.Parked);
        Assert.Equal(unsynced.Id, parked.DocumentId);
        var local = await LocalVersionsAsync(a);
        Assert.Contains(unsynced.Id, local.Keys);
        Assert.DoesNotContain(deleted.Id, local.Keys);
        Assert.Equal(2, local[edited.Id]);
        local.Remove(unsynced.Id);
        Assert.Equal(await CloudVersionsAsync(), local);
        Assert.Contains(posted.Id, local.Keys);
        Assert.Equal(await cloud.ReadAsync(db => db.Books.Select(b => b.LastServerSeq).SingleAsync()), await a.StateAsync(s => s.Cursors.Select(c => c.Cursor).SingleAsync()));
        await b.Engine.SyncAsync(CancellationToken.None);
        Assert.Equal(await b.TrialBalanceAsync(), await a.TrialBalanceAsync());
        var again = await a.Engine.SyncAsync(CancellationToken.None);
        Assert.Equal(0, again.Pulled);

        // A brand-new device of a compacted book (cursor 0 < floor) cannot pull the log from 0 either: 410, then a snapshot.
        await using var c = await ClientAsync("c");
        await c.Engine.SyncAsync(CancellationToken.None);
        Assert.NotNull(c.Engine.Snapshots.LastResult);
        Assert.Equal(await CloudVersionsAsync(), await LocalVersionsAsync(c));
        Assert.Equal(await b.TrialBalanceAsync(), await c.TrialBalanceAsync());
    }

    /// <summary>
    /// Scenario 16 (retention rule): compaction drops superseded changes without raising the floor, so a cursor-0 device
    /// still pulls the complete log; nothing inside the retention window is touched.
    /// </summary>
    [Fact]
    public async Task Scenario16_CompactionWithoutTombstones_KeepsFloorAtZeroAndNewDevicePullsFromLog()
    {
        await using var a = await ClientAsync("a");
        var draft = await a.CreateVoucherAsync(100_000m);
        await a.CreateVoucherAsync(200_000m, post: true);
        await a.Engine.SyncAsync(CancellationToken.None);
        await a.Vouchers.UpdateAsync(draft.Id, 1, Draft(a, 120_000m), CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);

        var withinWindow = await cloud.Admin.CompactAsync(TaxCode, keepDays: 30, CancellationToken.None);
        var compacted = await cloud.Admin.CompactAsync(TaxCode, keepDays: 0, CancellationToken.None);
        await using var n = await ClientAsync("n");
        var report = await n.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((0, 0, 0L), (withinWindow.SupersededDeleted, withinWindow.TombstonesDeleted, withinWindow.RetentionFloor));
        Assert.Equal((1, 0, 0L), (compacted.SupersededDeleted, compacted.TombstonesDeleted, compacted.RetentionFloor));
        Assert.Equal([2L, 3L], (await cloud.ChangeLogAsync()).Select(c => c.ServerSeq));
        Assert.Null(n.Engine.Snapshots.LastResult);
        Assert.Equal(2, report.Applied);
        Assert.Equal(await CloudVersionsAsync(), await LocalVersionsAsync(n));
    }

    /// <summary>Scenario 14/13: the snapshot file of one tenant's book is not served to another tenant's device, whatever id it names.</summary>
    [Fact]
    public async Task SnapshotEndpoint_AnotherBooksSnapshotId_Refused()
    {
        await using var a = await ClientAsync("a");
        await SeedAsync(a, 3);
        await cloud.Admin.CreateTenantAsync("0100000002", "Công ty Khác", null, null, CancellationToken.None);
        await using var other = await ClientNode.StartAsync(temp.Path, "other", cloud.Address);
        await other.EnrollAsync(cloud, "0100000002");
        var manifest = await Api(new SnapshotBodyHandler()).SnapshotManifestAsync(await TokenAsync(a), null, null, CancellationToken.None);
        using var stranger = cloud.RawClient(await TokenAsync(other));
        using var anonymous = cloud.RawClient();

        var file = await stranger.GetAsync(manifest.Url);
        var named = await stranger.GetFromJsonAsync<SnapshotManifest>($"{SnapshotRoutes.Snapshots}?id={manifest.Id}", ProtocolJson.Options);
        var unauthenticated = await anonymous.GetAsync(manifest.Url);
        using var owner = cloud.RawClient(await TokenAsync(a));
        var own = await owner.GetAsync(manifest.Url);

        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.Equal(SnapshotErrorCodes.NotFound, (await file.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options))!.Code);
        Assert.NotEqual(manifest.Id, named!.Id);
        Assert.Equal(0, named.Documents);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(manifest.Size, (await own.Content.ReadAsByteArrayAsync()).Length);
    }

    /// <summary>Scenario 12 with snapshots: a client too old for a module the snapshot holds gets 426, never the rows.</summary>
    [Fact]
    public async Task SnapshotManifest_ClientTooOldForAModuleInTheBook_Gets426()
    {
        await using var a = await ClientAsync("a");
        var partner = await a.Catalogs.AddPartnerAsync(a.CompanyId, "KH002", "Cửa hàng Minh", PartnerKinds.Customer, null, CancellationToken.None);
        await a.CreateCashAsync(CashVoucherKind.Receipt, 500_000m, "131", partner.Id);
        await SeedAsync(a, 2);
        var api = Api(new SnapshotBodyHandler());
        var token = await TokenAsync(a);

        var refused = await Assert.ThrowsAsync<SyncApiException>(() =>
            api.SnapshotManifestAsync(token, new Dictionary<string, int> { ["core"] = 1, ["cash"] = 0 }, null, CancellationToken.None));
        var current = await api.SnapshotManifestAsync(token, new Dictionary<string, int> { ["core"] = 1, ["cash"] = 1 }, null, CancellationToken.None);

        Assert.Equal(426, refused.Status);
        Assert.Equal(SyncErrorCodes.UpgradeRequired, refused.Code);
        Assert.Equal(1, refused.Body!.Required);
        Assert.Equal(1, current.Modules["cash"]);
        Assert.Equal(3, current.Modules["core"]);
    }

    private async Task<ClientNode> ClientAsync(string name, int pageSize = 500)
    {
        var client = await ClientNode.StartAsync(temp.Path, name, cloud.Address, pageSize);
        await client.EnrollAsync(cloud, TaxCode);
        return client;
    }

    /// <summary><paramref name="count"/> general journal vouchers (every third posted), synced to the cloud.</summary>
    private static async Task SeedAsync(ClientNode client, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await client.CreateVoucherAsync(i * 10_000m, post: i % 3 == 0, description: $"Bút toán điều chỉnh số {i}");
        }

        await client.Engine.SyncAsync(CancellationToken.None);
    }

    private async Task<(string Token, SnapshotManifest Manifest)> SnapshotOfSeededBookAsync()
    {
        await using var a = await ClientAsync("a");
        await SeedAsync(a, 40);
        var token = await TokenAsync(a);
        var manifest = await Api(new SnapshotBodyHandler()).SnapshotManifestAsync(token, null, null, CancellationToken.None);
        Assert.True(manifest.Chunks.Count >= 8, $"the seeded snapshot has {manifest.Chunks.Count} chunks of {ChunkSize} bytes");
        return (token, manifest);
    }

    /// <summary>The engine's pipeline in short: the access-token handler (the cloud takes no device credential as a bearer) over the test's handler.</summary>
    private SyncApiClient Api(SnapshotBodyHandler handler) =>
        new(new HttpClient(new AccessTokenHandler(new AccessTokenCache(TimeProvider.System)) { InnerHandler = handler }) { BaseAddress = cloud.Address });

    private static async Task<string> TokenAsync(ClientNode client) => (await client.Engine.CredentialAsync(CancellationToken.None))!.Token;

    private static GeneralJournalDraft Draft(ClientNode client, decimal amount)
    {
        var day = new DateOnly(2026, 3, 15);
        return new GeneralJournalDraft(client.CompanyId, BookSet.Tax, day, day, "Sửa ở B", [new GeneralJournalDraftLine("1111", "1121", amount)]);
    }

    /// <summary>The cloud's live documents: id → version.</summary>
    private Task<Dictionary<Guid, long>> CloudVersionsAsync() =>
        cloud.ReadAsync(db => db.Documents.AsNoTracking().Where(d => !d.Removed).ToDictionaryAsync(d => d.DocumentId, d => d.Version));

    /// <summary>Every document the client holds, through the modules' adapters: id → version.</summary>
    private static async Task<Dictionary<Guid, long>> LocalVersionsAsync(ClientNode client)
    {
        var result = new Dictionary<Guid, long>();
        foreach (var adapter in client.Get<SyncAdapters>().All)
        {
            await foreach (var document in adapter.ListAsync(CancellationToken.None))
            {
                result.Add(document.DocumentId, document.Version);
            }
        }

        return result.OrderBy(p => p.Key).ToDictionary();
    }
}
