using System.Net;
using System.Net.Http.Json;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Numbering;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Sync.Tests;

/// <summary>
/// Scenario 15 (a partition is revoked: a module by the licence, or a device's whole book) and scenario 10 for drafts
/// (a number allocated twice: a draft is renumbered, a posted voucher goes to review) of docs/sync-protocol.md, against
/// a real Kestrel cloud on 127.0.0.1 and real SQLite stores.
/// </summary>
public sealed class PartitionAndNumberingScenarioTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private readonly TempDirectory temp = new();
    private CloudNode cloud = null!;

    public async Task InitializeAsync()
    {
        cloud = await CloudNode.StartSqliteAsync(temp.Path);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, "core,cash", CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        temp.Dispose();
    }

    private async Task<ClientNode> ClientAsync(string name, int pushBatch = 500)
    {
        var client = await ClientNode.StartAsync(temp.Path, name, cloud.Address, pushBatch: pushBatch);
        await client.EnrollAsync(cloud, TaxCode);
        return client;
    }

    private Cloud.Partitions.PartitionAdmin Partitions => (Cloud.Partitions.PartitionAdmin)cloud.Services.GetService(typeof(Cloud.Partitions.PartitionAdmin))!;

    /// <summary>
    /// Scenario 15, licence: the tenant's licence is re-imported without cash. The removal reaches B in its change feed
    /// and is applied in ONE local transaction (a crash before commit leaves everything as it was): synced cash drafts
    /// are purged, the posted receipt stays (the journal does not move), unsynced cash changes stay with their outbox
    /// rows parked with a reason, a notice records it, cash pushes are refused without retrying, core keeps syncing.
    /// </summary>
    [Fact]
    public async Task Scenario15_LicenceDropsCash_CashDraftsPurgedInOneTransactionPostedKeptPendingParkedAndCoreKeepsSyncing()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var posted = await a.CreateCashAsync(CashVoucherKind.Receipt, 5_000_000m);
        var draft = await a.CreateCashAsync(CashVoucherKind.Payment, 1_200_000m, "6422", post: false);
        var journal = await a.CreateVoucherAsync(300_000m, post: true);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        Assert.Equal(new[] { posted.Id, draft.Id }.Order(), (await b.CashVouchersAsync()).Select(v => v.Id).Order());
        var journalBefore = await b.JournalAsync();
        var cursorBefore = await b.StateAsync(s => s.Cursors.Select(c => c.Cursor).SingleAsync());

        var removed = await Partitions.SetLicensedModulesAsync(TaxCode, "core", CancellationToken.None);
        Assert.Equal(["cash"], removed);
        var unsent = await b.CreateCashAsync(CashVoucherKind.Receipt, 700_000m, post: false);
        var savedDuringDownload = new List<Guid>();
        b.Faults.PathContains = "changes";
        b.Faults.OnSending = () =>
        {
            // A cash voucher saved while the page is downloading (after the push); the first time, the process then
            // dies before the page transaction commits: nothing of the removal may remain.
            savedDuringDownload.Add(b.CreateCashAsync(CashVoucherKind.Receipt, 90_000m, post: false).GetAwaiter().GetResult().Id);
            b.Crash.ArmedForAcks = savedDuringDownload.Count == 1;
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => b.Engine.SyncAsync(CancellationToken.None));
        Assert.Contains(draft.Id, (await b.CashVouchersAsync()).Select(v => v.Id));
        Assert.Equal(cursorBefore, await b.StateAsync(s => s.Cursors.Select(c => c.Cursor).SingleAsync()));
        Assert.Empty(await b.Engine.NoticesAsync(CancellationToken.None));

        var report = await b.Engine.SyncAsync(CancellationToken.None);
        b.Faults.OnSending = null;

        var cash = await b.CashVouchersAsync();
        Assert.DoesNotContain(draft.Id, cash.Select(v => v.Id));
        Assert.Equal(new[] { posted.Id, unsent.Id, savedDuringDownload[0], savedDuringDownload[1] }.Order(), cash.Select(v => v.Id).Order());
        Assert.Equal(CashVoucherStatus.Posted, cash.Single(v => v.Id == posted.Id).Status);
        Assert.Equal(journalBefore, await b.JournalAsync());
        var rows = await b.OutboxAsync();
        Assert.DoesNotContain(rows, r => r.Module == "cash" && r.State == OutboxState.Pending);
        // Pushed before the feed told B: refused by the server (licence), parked once, never retried.
        Assert.StartsWith($"[{RejectionCodes.UnlicensedModule}]", rows.Single(r => r.DocumentId == savedDuringDownload[0]).Reason, StringComparison.Ordinal);
        Assert.StartsWith($"[{RejectionCodes.UnlicensedModule}]", rows.Single(r => r.DocumentId == unsent.Id).Reason, StringComparison.Ordinal);
        // Saved while the page with the removal was downloading: parked by the removal itself.
        var parkedByRemoval = rows.Single(r => r.DocumentId == savedDuringDownload[1]);
        Assert.Equal(OutboxState.Parked, parkedByRemoval.State);
        Assert.StartsWith($"[{RejectionCodes.PartitionRemoved}]", parkedByRemoval.Reason, StringComparison.Ordinal);
        Assert.Contains("đã bị thu hồi", parkedByRemoval.Reason, StringComparison.Ordinal);
        Assert.Contains("was removed", parkedByRemoval.Reason, StringComparison.Ordinal);
        var notice = Assert.Single(await b.Engine.NoticesAsync(CancellationToken.None));
        Assert.Equal((SyncNotice.PartitionRemoved, "cash"), (notice.Kind, notice.Module));
        Assert.Contains("1 chứng từ nháp", notice.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.Parked);

        // Core keeps syncing both ways; the parked cash row goes up once as a skip and keeps its reason.
        var later = await b.CreateVoucherAsync(450_000m);
        var next = await b.Engine.SyncAsync(CancellationToken.None);
        var quiet = await b.Engine.SyncAsync(CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(1, next.Acked);
        Assert.Equal((0, 0), (quiet.Pushed, quiet.Pulled));
        Assert.StartsWith($"[{RejectionCodes.PartitionRemoved}]", (await b.OutboxAsync()).Single(r => r.Seq == parkedByRemoval.Seq).Reason, StringComparison.Ordinal);
        Assert.Equal(new[] { journal.Id, later.Id }.Order(), (await a.VouchersAsync()).Select(v => v.Id).Order());
        Assert.Equal([posted.Id], (await a.CashVouchersAsync()).Select(v => v.Id));
        var onServer = await cloud.ReadAsync(db => db.Documents.AsNoTracking().Where(d => d.Module == "cash").Select(d => d.DocumentId).ToListAsync());
        Assert.Equal(new[] { posted.Id, draft.Id }.Order(), onServer.Order());

        // A desktop enrolled after the removal is never handed the module's history: the feed skips it and moves on.
        await using var c = await ClientAsync("c");
        var fresh = await c.Engine.SyncAsync(CancellationToken.None);
        Assert.Empty(await c.CashVouchersAsync());
        Assert.Equal(new[] { journal.Id, later.Id }.Order(), (await c.VouchersAsync()).Select(v => v.Id).Order());
        Assert.Equal((0L, "cash"), (fresh.Progress.Remaining, Assert.Single(await c.Engine.NoticesAsync(CancellationToken.None)).Module));
    }

    /// <summary>
    /// Scenario 15, whole book: the administrator removes A's access to its book without revoking the device. A's
    /// sync stops with a clear status (PartitionRemovedException and a notice), its queue and documents intact; B in the
    /// same book keeps syncing. A forged 410 that names another partition changes nothing.
    /// </summary>
    /// <summary>
    /// Scenario 15 undone: cash is licensed again. While it was not, the feed withheld cash changes and moved cursors past
    /// them — B never got the receipt A pushed just before, and C, enrolled meanwhile, got no cash at all. Licensing the
    /// module again must give every device what it missed, so the books agree again to the đồng.
    /// </summary>
    [Fact]
    public async Task Scenario15_CashLicensedAgain_EveryDeviceGetsTheCashItMissedMeanwhile()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var posted = await a.CreateCashAsync(CashVoucherKind.Receipt, 5_000_000m);
        var draft = await a.CreateCashAsync(CashVoucherKind.Payment, 1_200_000m, "6422", post: false);
        await a.Engine.SyncAsync(CancellationToken.None);
        await Partitions.SetLicensedModulesAsync(TaxCode, "core", CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        await using var c = await ClientAsync("c");
        await c.Engine.SyncAsync(CancellationToken.None);
        Assert.Empty(await b.CashVouchersAsync());
        Assert.Empty(await c.CashVouchersAsync());
        // A snapshot withholds the unlicensed module as the feed does (a big book's new device would install from one).
        var bookId = (await c.Engine.CredentialAsync(CancellationToken.None))!.BookId;
        var unlicensed = await cloud.Services.GetRequiredService<Cloud.Snapshots.SnapshotService>().BuildAsync(bookId, CancellationToken.None);
        Assert.DoesNotContain("cash", unlicensed.Modules.Keys);

        var regained = await Partitions.SetLicensedModulesAsync(TaxCode, "core,cash", CancellationToken.None);
        foreach (var client in new[] { a, b, c })
        {
            await client.Engine.SyncAsync(CancellationToken.None);
        }

        Assert.Empty(regained);
        foreach (var client in new[] { a, b, c })
        {
            Assert.Equal(new[] { posted.Id, draft.Id }.Order(), (await client.CashVouchersAsync()).Select(v => v.Id).Order());
            Assert.Equal(await a.TrialBalanceAsync(), await client.TrialBalanceAsync());
            Assert.Equal(await a.JournalAsync(), await client.JournalAsync());
        }
    }

    [Fact]
    public async Task Scenario15_BookAccessRemoved_ClientStopsWithStatusQueueIntactAndForgedSignalIgnored()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        await a.CreateVoucherAsync(100_000m);
        await a.CreateCashAsync(CashVoucherKind.Receipt, 200_000m);
        var credential = (await a.Engine.CredentialAsync(CancellationToken.None))!;

        a.Faults.Respond = request => request.RequestUri!.AbsolutePath.EndsWith(SyncRoutes.Push, StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.Gone)
            {
                Content = JsonContent.Create(new SyncErrorBody(SyncErrorCodes.PartitionRemoved, "forged", Partition: Guid.NewGuid().ToString()), options: ProtocolJson.Options),
            }
            : null;
        var forged = await Assert.ThrowsAsync<SyncApiException>(() => a.Engine.SyncAsync(CancellationToken.None));
        a.Faults.Respond = null;
        Assert.Equal(410, forged.Status);
        Assert.All(await a.OutboxAsync(), r => Assert.Equal(OutboxState.Pending, r.State));
        Assert.Empty(await a.Engine.NoticesAsync(CancellationToken.None));

        await Partitions.RevokeBookAccessAsync(credential.DeviceId, CancellationToken.None);
        var first = await Assert.ThrowsAsync<PartitionRemovedException>(() => a.Engine.SyncAsync(CancellationToken.None));
        var second = await Assert.ThrowsAsync<PartitionRemovedException>(() => a.Engine.SyncAsync(CancellationToken.None));

        Assert.Equal(credential.BookId, first.BookId);
        Assert.Contains("không còn quyền truy cập sổ", second.Message, StringComparison.Ordinal);
        Assert.All(await a.OutboxAsync(), r => Assert.Equal(OutboxState.Pending, r.State));
        Assert.Equal(2, (await a.OutboxAsync()).Count);
        Assert.Single(await a.VouchersAsync());
        Assert.Single(await a.CashVouchersAsync());
        var notice = Assert.Single(await a.Engine.NoticesAsync(CancellationToken.None));
        Assert.Equal((SyncNotice.PartitionRemoved, SyncNotice.WholeBook, credential.BookId), (notice.Kind, notice.Module, notice.BookId));
        Assert.Empty(await cloud.ChangeLogAsync());

        // The server refuses the device's book on every route that reads it, whatever the request says: the change feed,
        // a snapshot of the whole book, a snapshot file by id, and the /have comparison.
        using var http = cloud.RawClient(credential.Token);
        var snapshotId = (await cloud.Services.GetRequiredService<Cloud.Snapshots.SnapshotService>().BuildAsync(credential.BookId, CancellationToken.None)).Id;
        foreach (var refused in new[]
        {
            await http.GetAsync($"{SyncRoutes.Changes}?after=0"),
            await http.GetAsync(Protocol.Snapshots.SnapshotRoutes.Snapshots),
            await http.GetAsync(Protocol.Snapshots.SnapshotRoutes.File(snapshotId)),
            await http.PostAsJsonAsync(SyncRoutes.Have, new Protocol.Recovery.HaveRequest(new Dictionary<Guid, long>()), ProtocolJson.Options),
        })
        {
            Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);
            Assert.Equal(credential.BookId.ToString(), (await refused.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options))!.Partition);
        }

        await b.CreateVoucherAsync(300_000m);
        Assert.Equal(1, (await b.Engine.SyncAsync(CancellationToken.None)).Acked);
    }

    /// <summary>
    /// Scenario 10, draft: B's cash receipt series reuses A's counter, so B's draft gets the number A's posted receipt
    /// already has on the server. The push answers number-collision; B renumbers the draft from its own series in the
    /// ack transaction, tells the user, and the renumbered draft syncs in the same run. Each voucher exists once, with
    /// distinct numbers, on the server and on both desktops.
    /// </summary>
    [Fact]
    public async Task Scenario10_DraftCashReceiptNumberCollision_RenumberedFromOwnSeriesSyncsAndUserIsTold()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        await b.Get<NumberSeriesService>().ConfigureAsync(b.CompanyId, Book.Tax, CashDocumentTypes.Receipt, "", $"PT-{a.Series}-", 5, "", 1, CancellationToken.None);
        var first = await a.CreateCashAsync(CashVoucherKind.Receipt, 1_000_000m);
        var clash = await b.CreateCashAsync(CashVoucherKind.Receipt, 2_000_000m, post: false);
        Assert.Equal(first.TaxNumber, clash.TaxNumber);
        await a.Engine.SyncAsync(CancellationToken.None);

        var report = await b.Engine.SyncAsync(CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);

        var renumbered = (await b.CashVouchersAsync()).Single(v => v.Id == clash.Id);
        Assert.Equal($"PT-{a.Series}-00002", renumbered.TaxNumber);
        Assert.Equal((CashVoucherStatus.Draft, 1L), (renumbered.Status, renumbered.Version));
        Assert.Equal((1, 0), (report.Acked, report.Parked));
        var rows = await b.OutboxAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(OutboxState.Acked, r.State));
        Assert.StartsWith($"[{RejectionCodes.Renumbered}]", rows[0].Reason, StringComparison.Ordinal);
        Assert.Equal(renumbered.TaxNumber, rows[1].LocalNumber);
        var notice = Assert.Single(await b.Engine.NoticesAsync(CancellationToken.None));
        Assert.Equal($"Phiếu thu {first.TaxNumber} đã đổi số thành {renumbered.TaxNumber} vì trùng số. / Cash receipt {first.TaxNumber} was renumbered to {renumbered.TaxNumber} because the number was already used.", notice.Message);
        Assert.Equal((SyncNotice.Renumbered, clash.Id, first.TaxNumber, renumbered.TaxNumber), (notice.Kind, notice.DocumentId, notice.OldNumber, notice.NewNumber));
        Assert.Empty(await b.StateAsync(s => s.ConflictCopies.AsNoTracking().ToListAsync()));
        Assert.Empty(await b.StateAsync(s => s.InboundRejections.AsNoTracking().ToListAsync()));

        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().OrderBy(d => d.Number).Select(d => new { d.DocumentId, d.Number, d.Version }).ToListAsync());
        Assert.Equal([(first.Id, first.TaxNumber, 1L), (clash.Id, renumbered.TaxNumber, 1L)], server.Select(d => (d.DocumentId, d.Number, d.Version)));
        foreach (var client in new[] { a, b })
        {
            var vouchers = await client.CashVouchersAsync();
            Assert.Equal([(first.Id, first.TaxNumber), (clash.Id, renumbered.TaxNumber)], vouchers.OrderBy(v => v.TaxNumber).Select(v => (v.Id, v.TaxNumber)));
        }

        // A later edit of the renumbered draft goes on from the version the server gave it.
        await b.Cash.UpdateAsync(clash.Id, 1, new CashVoucherDraft(CashVoucherKind.Receipt, b.CompanyId, BookSet.Tax, new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 20),
            "Nguyễn Văn An", "Thu tiền (sửa)", [new CashVoucherDraftLine("5111", 2_100_000m, null, null)], null), CancellationToken.None);
        var edit = await b.Engine.SyncAsync(CancellationToken.None);
        Assert.Equal((1, 0), (edit.Acked, edit.Parked));
        Assert.Equal(2, await cloud.ReadAsync(db => db.Documents.Where(d => d.DocumentId == clash.Id).Select(d => d.Version).SingleAsync()));
    }

    /// <summary>
    /// Scenario 10, general journal with a reused counter (B's series restarts A's): B's draft and B's posted voucher
    /// take numbers A already synced. The draft is renumbered past every number the store holds and syncs; the posted
    /// voucher keeps its legal number and is parked for review with the reason and a conflict copy; A's voucher with
    /// that number is not forced onto B (an inbound rejection, the feed moves on).
    /// </summary>
    [Fact]
    public async Task Scenario10_ReusedCounterGeneralJournal_DraftRenumberedPostedParkedForReview()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        await b.Get<NumberSeriesService>().ConfigureAsync(b.CompanyId, Book.Tax, GeneralJournalVoucher.Type, "", $"NVK-{a.Series}-", 5, "", 1, CancellationToken.None);
        var a1 = await a.CreateVoucherAsync(100_000m, post: true);
        var a2 = await a.CreateVoucherAsync(150_000m);
        await a.Engine.SyncAsync(CancellationToken.None);
        var draft = await b.CreateVoucherAsync(200_000m, description: "Nháp số trùng");
        var posted = await b.CreateVoucherAsync(300_000m, post: true, description: "Đã ghi sổ số trùng");
        Assert.Equal((a1.TaxNumber, a2.TaxNumber), (draft.TaxNumber, posted.TaxNumber));

        var report = await b.Engine.SyncAsync(CancellationToken.None);

        var renumbered = $"NVK-{a.Series}-00003";
        var vouchers = (await b.VouchersAsync()).ToDictionary(v => v.Id);
        Assert.Equal((renumbered, DocumentStatus.Draft), (vouchers[draft.Id].TaxNumber, vouchers[draft.Id].Status));
        Assert.Equal((a2.TaxNumber, DocumentStatus.Posted), (vouchers[posted.Id].TaxNumber, vouchers[posted.Id].Status));
        Assert.Equal((1, 1), (report.Acked, report.Parked));
        var postedRow = (await b.OutboxAsync()).Single(r => r.DocumentId == posted.Id);
        Assert.Equal(OutboxState.Parked, postedRow.State);
        Assert.StartsWith($"[{RejectionCodes.NumberCollision}]", postedRow.Reason, StringComparison.Ordinal);
        var review = await b.StateAsync(s => s.ConflictCopies.AsNoTracking().SingleAsync());
        Assert.Equal((posted.Id, RejectionCodes.NumberCollision), (review.DocumentId, review.Code));
        var notices = await b.Engine.NoticesAsync(CancellationToken.None);
        var notice = Assert.Single(notices, n => n.Kind == SyncNotice.Renumbered);
        Assert.StartsWith($"Chứng từ nghiệp vụ khác {a1.TaxNumber} đã đổi số thành {renumbered} vì trùng số.", notice.Message, StringComparison.Ordinal);
        // A's a2 waits on B (held whole, tried again at every sync), and the user is told.
        Assert.StartsWith("1 chứng từ tải về chưa áp dụng được", Assert.Single(notices, n => n.Kind == SyncNotice.ChangesHeld).Message, StringComparison.Ordinal);
        Assert.Equal(1, report.Progress.Held);
        Assert.True(vouchers.ContainsKey(a1.Id));
        Assert.False(vouchers.ContainsKey(a2.Id));
        Assert.Equal(a2.Id, (await b.StateAsync(s => s.InboundRejections.AsNoTracking().SingleAsync())).DocumentId);
        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().ToDictionaryAsync(d => d.DocumentId, d => d.Number));
        Assert.Equal(new Dictionary<Guid, string?> { [a1.Id] = a1.TaxNumber, [a2.Id] = a2.TaxNumber, [draft.Id] = renumbered }, server);
        await a.Engine.SyncAsync(CancellationToken.None);
        Assert.Equal(renumbered, (await a.VouchersAsync()).Single(v => v.Id == draft.Id).TaxNumber);
    }

    /// <summary>
    /// Scenario 10, draft edited again before the refusal arrived (a later batch): the later change is set aside as
    /// superseded and sent as a skip in the same request as the renumbered resend, which carries the edit and is
    /// accepted (a skip refuses nothing after it).
    /// </summary>
    [Fact]
    public async Task Scenario10_DraftEditedAfterCollidingSaveInLaterBatch_ResendCarriesTheEditAndIsAccepted()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b", pushBatch: 2);
        await b.Get<NumberSeriesService>().ConfigureAsync(b.CompanyId, Book.Tax, GeneralJournalVoucher.Type, "", $"NVK-{a.Series}-", 5, "", 1, CancellationToken.None);
        var taken = await a.CreateVoucherAsync(100_000m, post: true);
        await a.Engine.SyncAsync(CancellationToken.None);
        var draft = await b.CreateVoucherAsync(200_000m, description: "Nháp");
        var other = await b.CreateVoucherAsync(50_000m);
        var day = new DateOnly(2026, 3, 15);
        await b.Vouchers.UpdateAsync(draft.Id, 1, new GeneralJournalDraft(b.CompanyId, BookSet.Tax, day, day, "Nháp đã sửa",
            [new GeneralJournalDraftLine("6422", "1111", 250_000m)]), CancellationToken.None);

        var report = await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(taken.TaxNumber, draft.TaxNumber);
        var renumbered = $"NVK-{a.Series}-00003";
        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.DocumentId == draft.Id));
        Assert.Equal((renumbered, 1L), (server.Number, server.Version));
        Assert.Contains("Nháp đã sửa", server.Payload, StringComparison.Ordinal);
        var local = (await b.VouchersAsync()).Single(v => v.Id == draft.Id);
        Assert.Equal((renumbered, 1L, 250_000m), (local.TaxNumber, local.Version, local.Lines.Single().Amount));
        Assert.Equal(2, report.Acked);
        var rows = await b.OutboxAsync();
        Assert.Equal(4, rows.Count);
        Assert.Equal(OutboxState.Parked, rows[2].State);
        Assert.StartsWith($"[{RejectionCodes.Renumbered}]", rows[2].Reason, StringComparison.Ordinal);
        Assert.Equal(OutboxState.Acked, rows[3].State);
        Assert.Contains(other.Id, await cloud.ReadAsync(db => db.Documents.Select(d => d.DocumentId).ToListAsync()));
        Assert.DoesNotContain(rows, r => r.State == OutboxState.Pending);
        var quiet = await b.Engine.SyncAsync(CancellationToken.None);
        Assert.Equal(0, quiet.Pushed);
    }
}
