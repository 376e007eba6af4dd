using System.Net;
using System.Net.Http.Json;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.Json;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.Tests.Infrastructure;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Tests;

/// <summary>Fault scenarios 2, 10, 11, 12 and 18 of docs/sync-protocol.md against a real Kestrel cloud and real SQLite stores.</summary>
public sealed class FaultScenarioTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private readonly TempDirectory temp = new();
    private CloudNode cloud = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (cloud is not null)
        {
            await cloud.DisposeAsync();
        }

        temp.Dispose();
    }

    private async Task StartCloudAsync(Dictionary<string, string?>? settings = null)
    {
        cloud = await CloudNode.StartSqliteAsync(temp.Path, settings);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, CancellationToken.None);
    }

    private async Task<ClientNode> ClientAsync(string name, int pushBatch = 500)
    {
        var client = await ClientNode.StartAsync(temp.Path, name, cloud.Address, pushBatch: pushBatch);
        await client.EnrollAsync(cloud, TaxCode);
        return client;
    }

    [Fact]
    public async Task Scenario2_ClientDiesBeforeAckTransactionCommits_RestartResendIsDeduplicatedAndStateConverges()
    {
        await StartCloudAsync();
        var a = await ClientAsync("a");
        var receipt = await a.CreateCashAsync(CashVoucherKind.Receipt, 4_400_000m);
        var journal = await a.CreateVoucherAsync(1_000_000m, post: true);
        a.Crash.ArmedForAcks = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => a.Engine.SyncAsync(CancellationToken.None));
        Assert.Equal(2, (await cloud.ChangeLogAsync()).Count);
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Pending, m.State));

        a = await a.RestartAsync();
        await using var restarted = a;
        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((2, 0), (report.Acked, report.Parked));
        var log = await cloud.ChangeLogAsync();
        Assert.Equal([receipt.Id, journal.Id], log.Select(c => c.DocumentId));
        var acks = await a.StateAsync(s => s.Acks.AsNoTracking().OrderBy(x => x.Seq).ToListAsync());
        Assert.All(acks, x => Assert.Equal(nameof(AckStatus.Duplicate), x.Status));
        Assert.Equal(log.Select(c => (c.DocumentId, (long?)c.ServerSeq, (long?)c.Version)), acks.Select(x => (x.DocumentId, x.ServerSeq, x.Version)));
        Assert.Equal([receipt.TaxNumber, journal.TaxNumber], acks.Select(x => x.FinalNumber));
        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().ToDictionaryAsync(d => d.DocumentId));
        Assert.Equal(server[receipt.Id].Version, Assert.Single(await a.CashVouchersAsync()).Version);
        Assert.Equal(server[journal.Id].Version, Assert.Single(await a.VouchersAsync()).Version);
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
    }

    [Fact]
    public async Task Scenario10_SameNumberAllocatedOnTwoDevices_NumberCollisionParksPostedVoucherForReviewNeverADuplicate()
    {
        await StartCloudAsync();
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        // A reused counter: B's series is configured with A's prefix.
        await b.Get<Ledger.Numbering.NumberSeriesService>().ConfigureAsync(
            b.CompanyId, Book.Tax, CashDocumentTypes.Receipt, "", $"PT-{a.Series}-", 5, "", 1, CancellationToken.None);
        var first = await a.CreateCashAsync(CashVoucherKind.Receipt, 1_000_000m);
        var clash = await b.CreateCashAsync(CashVoucherKind.Receipt, 2_000_000m);
        Assert.Equal(first.TaxNumber, clash.TaxNumber);

        await a.Engine.SyncAsync(CancellationToken.None);
        var report = await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(1, report.Parked);
        var row = Assert.Single(await b.OutboxAsync());
        Assert.Equal(OutboxState.Parked, row.State);
        Assert.StartsWith($"[{RejectionCodes.NumberCollision}]", row.Reason, StringComparison.Ordinal);
        var review = await b.StateAsync(s => s.ConflictCopies.AsNoTracking().SingleAsync());
        Assert.Equal((clash.Id, RejectionCodes.NumberCollision), (review.DocumentId, review.Code));
        var numbered = await cloud.ReadAsync(db => db.Documents.AsNoTracking().Where(d => d.Number == first.TaxNumber).ToListAsync());
        Assert.Equal(first.Id, Assert.Single(numbered).DocumentId);
        // B's pull does not overwrite its own voucher with A's under the same number: both wait for review.
        Assert.Equal(clash.Id, Assert.Single(await b.CashVouchersAsync()).Id);
        Assert.Contains(first.TaxNumber!, (await b.StateAsync(s => s.InboundRejections.AsNoTracking().SingleAsync())).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenario11_ClientCashSchemaNewerThanServer_DeferredAndQueuedWhileCoreSyncsThenAppliedAfterServerUpgrade()
    {
        var port = FreePort();
        await StartOnPortAsync(port, cashMin: 0, cashMax: 0);
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var receipt = await a.CreateCashAsync(CashVoucherKind.Receipt, 3_000_000m, post: false);
        await a.Cash.PostAsync(receipt.Id, CancellationToken.None);
        var journal = await a.CreateVoucherAsync(500_000m, post: true);

        var first = await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((1, 2, 0), (first.Acked, first.Deferred, first.Parked));
        var rows = await a.OutboxAsync();
        Assert.All(rows.Where(r => r.Module == "cash"), r =>
        {
            Assert.Equal(OutboxState.Pending, r.State);
            Assert.Contains("v1", r.Reason, StringComparison.Ordinal);
        });
        Assert.Equal(journal.Id, Assert.Single(await cloud.ChangeLogAsync()).DocumentId);
        Assert.Single(await b.VouchersAsync());
        Assert.Empty(await b.CashVouchersAsync());

        await cloud.DisposeAsync();
        await StartOnPortAsync(port, cashMin: 1, cashMax: 1, createTenant: false);
        var second = await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((2, 0, 0), (second.Acked, second.Deferred, second.Parked));
        var onB = Assert.Single(await b.CashVouchersAsync());
        Assert.Equal((receipt.Id, 2L, CashVoucherStatus.Posted), (onB.Id, onB.Version, onB.Status));
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
    }

    [Fact]
    public async Task Scenario12_ClientCashSchemaOlderThanServerMin_Push426WithRequiredAndPullWithholdsCashWithoutPassingIt()
    {
        await StartCloudAsync(Window(2, 2));
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var before = await a.CreateVoucherAsync(100_000m, post: true);
        await a.CreateCashAsync(CashVoucherKind.Receipt, 900_000m);
        await a.CreateVoucherAsync(200_000m, post: true);
        // A newer client (cash v2) wrote the same three changes: the server holds a cash change B cannot read.
        var credential = (await a.Engine.CredentialAsync(CancellationToken.None))!;
        using (var http = cloud.RawClient(credential.Token))
        {
            var mutations = (await a.OutboxAsync()).Select(m => ToMutation(m) with { SchemaVersion = m.Module == "cash" ? 2 : m.SchemaVersion }).ToList();
            var raw = await http.PostAsJsonAsync(SyncRoutes.Push, new PushRequest(credential.DeviceId, credential.Epoch, null, mutations), ProtocolJson.Options);
            Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        }

        var error = await Assert.ThrowsAsync<SyncApiException>(() => a.Engine.SyncAsync(CancellationToken.None));
        await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((426, SyncErrorCodes.UpgradeRequired, 2), (error.Status, error.Code, error.Body?.Required));
        Assert.Equal(before.Id, Assert.Single(await b.VouchersAsync()).Id);
        Assert.Empty(await b.CashVouchersAsync());
        Assert.Equal(1, await b.StateAsync(s => s.Cursors.Select(c => c.Cursor).SingleAsync()));
        await b.Engine.SyncAsync(CancellationToken.None);
        var notice = Assert.Single(await b.StateAsync(s => s.Notices.AsNoTracking().ToListAsync()));
        Assert.Equal((SyncNotice.UpgradeRequired, "cash"), (notice.Kind, notice.Module));
        Assert.Contains("schema version 2", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenario18_ReceiptReferencingPartnerFromPreviousBatch_AppliesInSeqOrderAndMissingReferenceIsRejectedWhole()
    {
        await StartCloudAsync();
        await using var a = await ClientAsync("a", pushBatch: 1);
        await using var b = await ClientAsync("b");
        var customer = await a.Catalogs.AddPartnerAsync(a.CompanyId, "KH01", "Công ty Bình Minh", PartnerKinds.Customer, null, CancellationToken.None);
        var receipt = await a.CreateCashAsync(CashVoucherKind.Receipt, 7_000_000m, "131", customer.Id);

        var report = await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((2, 0), (report.Acked, report.Parked));
        Assert.Equal(customer.Id, Assert.Single(await b.CashVouchersAsync()).Lines.Single().PartnerId);
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());

        var credential = (await a.Engine.CredentialAsync(CancellationToken.None))!;
        var template = (await a.OutboxAsync()).Single(m => m.DocumentId == receipt.Id);
        var orphanId = Guid.CreateVersion7();
        var payload = CanonicalJson.Canonicalize(template.Payload.Replace(customer.Id.ToString(), Guid.CreateVersion7().ToString(), StringComparison.Ordinal)
            .Replace(receipt.Id.ToString(), orphanId.ToString(), StringComparison.Ordinal).Replace(receipt.TaxNumber!, "PT-X-99999", StringComparison.Ordinal));
        var orphan = new Mutation(3, "cash", 1, CashDocumentTypes.Receipt, orphanId, MutationOperations.Post, 0, "PT-X-99999", payload, CanonicalJson.Sha256Hex(payload));
        using var http = cloud.RawClient(credential.Token);
        var response = await http.PostAsJsonAsync(SyncRoutes.Push, new PushRequest(credential.DeviceId, credential.Epoch, null, [orphan]), ProtocolJson.Options);

        var ack = Assert.Single((await response.Content.ReadFromJsonAsync<PushResponse>(ProtocolJson.Options))!.Acks);
        Assert.Equal((AckStatus.Rejected, RejectionCodes.MissingDocument), (ack.Status, ack.Error?.Code));
        Assert.False(await cloud.ReadAsync(db => db.Documents.AnyAsync(d => d.DocumentId == orphanId)));
        Assert.Equal(2, (await cloud.ChangeLogAsync()).Count);
    }

    private async Task StartOnPortAsync(int port, int cashMin, int cashMax, bool createTenant = true)
    {
        cloud = await CloudNode.StartSqliteAsync(temp.Path, Window(cashMin, cashMax), port);
        if (createTenant)
        {
            await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, CancellationToken.None);
        }
    }

    private static Dictionary<string, string?> Window(int min, int max) => new()
    {
        ["Cloud:Modules:cash:Min"] = min.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Cloud:Modules:cash:Max"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Mutation ToMutation(OutboxMessage m) =>
        new(m.Seq, m.Module, m.SchemaVersion, m.DocumentType, m.DocumentId, m.Operation, m.BaseVersion, m.LocalNumber, m.Payload, m.PayloadHash);

    /// <summary>
    /// Found by the chaos test: A's edit conflicts, the answer is lost, A posts the voucher on top of its refused edit,
    /// and the next push replays the stored conflict. The post must be refused with it (not applied on top of B's
    /// version), so A ends with the server's copy and the same journal as B.
    /// </summary>
    [Fact]
    public async Task Scenario1And8_ConflictAnswerLostThenLaterChangeOfSameVoucher_LaterChangeIsParkedAndStoresConverge()
    {
        await StartCloudAsync();
        var a = await ClientAsync("a");
        var b = await ClientAsync("b");
        var voucher = await a.CreateVoucherAsync(1_000_000m);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        var edit = new GeneralJournalDraft(b.CompanyId, BookSet.Tax, new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 16), "Sửa ở B",
            [new GeneralJournalDraftLine("6422", "1121", 2_000_000m)]);
        await b.Vouchers.UpdateAsync(voucher.Id, 1, edit, CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);

        await a.Vouchers.UpdateAsync(voucher.Id, 1, edit with { Description = "Sửa ở A", CompanyId = a.CompanyId }, CancellationToken.None);
        a.Faults.DropResponses = 10;
        await Assert.ThrowsAsync<CloudUnreachableException>(() => a.Engine.SyncAsync(CancellationToken.None));
        a.Faults.DropResponses = 0;
        await a.Vouchers.PostAsync(voucher.Id, CancellationToken.None);
        var report = await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((0, 2), (report.Acked, report.Parked));
        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.DocumentId == voucher.Id));
        var onA = (await a.VouchersAsync()).Single(v => v.Id == voucher.Id);
        Assert.Equal((2L, false), (server.Version, server.Posted));
        Assert.Equal((2L, "Sửa ở B"), (onA.Version, onA.Description));
        Assert.Equal(await b.JournalAsync(), await a.JournalAsync());
        Assert.Contains(await a.OutboxAsync(), m => m.Operation == "post" && m.State == OutboxState.Parked && m.Reason!.Contains(RejectionCodes.DependencyParked, StringComparison.Ordinal));
    }
}
