using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmisModular.Cloud.Data;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Tests;

/// <summary>Real Kestrel cloud on 127.0.0.1 over a SQLite file, real client SQLite stores, real HTTP.</summary>
public sealed class SyncScenarioTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private readonly TempDirectory temp = new();
    private CloudNode cloud = null!;

    public async Task InitializeAsync()
    {
        cloud = await CloudNode.StartSqliteAsync(temp.Path);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        temp.Dispose();
    }

    private async Task<ClientNode> ClientAsync(string name, int pageSize = 500)
    {
        var client = await ClientNode.StartAsync(temp.Path, name, cloud.Address, pageSize);
        await client.EnrollAsync(cloud, TaxCode);
        return client;
    }

    [Fact]
    public async Task Sync_TwoClients_VouchersRoundTripAndEchoesAreSkipped()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var draft = await a.CreateVoucherAsync(1_500_000m);
        var posted = await a.CreateVoucherAsync(2_750_000.50m, post: true);

        var pushed = await a.Engine.SyncAsync(CancellationToken.None);
        var pulled = await b.Engine.SyncAsync(CancellationToken.None);
        var again = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(2, pushed.Acked);
        Assert.Equal(2, pulled.Applied);
        Assert.Equal(2, pushed.EchoesSkipped);
        Assert.Equal(0, pushed.Applied);
        Assert.Equal((0, 0), (again.Pushed, again.Pulled));
        var onB = await b.VouchersAsync();
        Assert.Equal([draft.Id, posted.Id], onB.Select(v => v.Id).Order());
        var copy = onB.Single(v => v.Id == posted.Id);
        Assert.Equal(DocumentStatus.Posted, copy.Status);
        Assert.Equal(2_750_000.50m, copy.Lines.Single().Amount);
        Assert.Equal(posted.TaxNumber, copy.TaxNumber);
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
        var acks = await a.StateAsync(s => s.Acks.AsNoTracking().OrderBy(x => x.Seq).ToListAsync());
        Assert.Equal([1L, 2L], acks.Select(x => x.ServerSeq!.Value));
        Assert.Equal(posted.TaxNumber, acks[1].FinalNumber);
        var progress = await b.Engine.ProgressAsync(CancellationToken.None);
        Assert.Equal(0, progress.Remaining);
        Assert.NotNull(progress.LastSuccessfulSync);
    }

    [Fact]
    public async Task Push_ResponseDroppedAfterServerCommit_RetryGetsDuplicateAndOneDocumentExists()
    {
        await using var a = await ClientAsync("a");
        var voucher = await a.CreateVoucherAsync(900_000m, post: true);
        a.Faults.DropResponses = 1;

        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(2, a.Faults.Sent);
        Assert.Equal(1, report.Acked);
        Assert.Equal(1, await cloud.ReadAsync(db => db.Documents.CountAsync()));
        var log = await cloud.ChangeLogAsync();
        Assert.Equal(voucher.Id, Assert.Single(log).DocumentId);
        var ack = await a.StateAsync(s => s.Acks.AsNoTracking().SingleAsync());
        Assert.Equal(nameof(AckStatus.Duplicate), ack.Status);
        Assert.Equal(1, ack.ServerSeq);
        Assert.Equal(OutboxState.Acked, Assert.Single(await a.OutboxAsync()).State);
    }

    [Fact]
    public async Task Push_StaleBatchArrivesAfterNewerEditsAndPosting_ServerKeepsTheNewestAndNothingIsAppliedTwice()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var voucher = await a.CreateVoucherAsync(500_000m);
        // The first push is stuck on the way: the client sees it lost and sends it again; the stuck copy reaches the
        // server only after two later pushes were answered, carrying the first version over the third.
        (a.Faults.HoldBack, a.Faults.ReleaseHeldAfter) = (1, 3);

        var first = await a.Engine.SyncAsync(CancellationToken.None);
        await a.Vouchers.UpdateAsync(voucher.Id, 1, Draft(a, 600_000m, "Sửa ở A"), CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);
        await a.Vouchers.PostAsync(voucher.Id, CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(1, first.Acked);
        // The stale batch was answered with its stored ack, as a repeat; it applied nothing.
        var late = Assert.Single(a.Faults.LateAnswers);
        Assert.Equal(HttpStatusCode.OK, late.Status);
        var lateAck = Assert.Single(JsonSerializer.Deserialize<PushResponse>(late.Body, ProtocolJson.Options)!.Acks);
        Assert.Equal((AckStatus.Duplicate, 1L, 1L), (lateAck.Status, lateAck.Seq, lateAck.Version));
        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().SingleAsync());
        Assert.Equal(3, server.Version);
        Assert.Contains("Sửa ở A", server.Payload, StringComparison.Ordinal);
        Assert.Equal([1L, 2L, 3L], (await cloud.ChangeLogAsync()).Select(c => c.Version));
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
        Assert.Equal(0, (await a.Engine.SyncAsync(CancellationToken.None)).Pulled);
        await b.Engine.SyncAsync(CancellationToken.None);
        var copy = Assert.Single(await b.VouchersAsync());
        Assert.Equal((DocumentStatus.Posted, 3L, 600_000m), (copy.Status, copy.Version, copy.Lines.Single().Amount));
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
    }

    [Fact]
    public async Task Push_SameRequestTwiceConcurrently_AppliedOnce()
    {
        await using var a = await ClientAsync("a");
        await a.CreateVoucherAsync(100_000m);
        var credential = (await a.Engine.CredentialAsync(CancellationToken.None))!;
        var request = new PushRequest(credential.DeviceId, credential.Epoch, null, [.. (await a.OutboxAsync()).Select(ToMutation)]);
        using var http = cloud.RawClient(credential.Token);

        var responses = await Task.WhenAll(
            http.PostAsJsonAsync(SyncRoutes.Push, request, ProtocolJson.Options),
            http.PostAsJsonAsync(SyncRoutes.Push, request, ProtocolJson.Options));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var statuses = new List<AckStatus>();
        foreach (var response in responses)
        {
            statuses.Add(Assert.Single((await response.Content.ReadFromJsonAsync<PushResponse>(ProtocolJson.Options))!.Acks).Status);
        }

        Assert.Equal([AckStatus.Accepted, AckStatus.Duplicate], statuses.Order());
        Assert.Single(await cloud.ChangeLogAsync());
    }

    [Fact]
    public async Task Push_OutOfOrderBatch_Gets409GapThenEngineResendsFromExpected()
    {
        await using var a = await ClientAsync("a");
        await a.CreateVoucherAsync(100_000m);
        await a.CreateVoucherAsync(200_000m);
        var credential = (await a.Engine.CredentialAsync(CancellationToken.None))!;
        var second = (await a.OutboxAsync()).Single(m => m.Seq == 2);
        using var http = cloud.RawClient(credential.Token);

        var response = await http.PostAsJsonAsync(SyncRoutes.Push, new PushRequest(credential.DeviceId, credential.Epoch, null, [ToMutation(second)]), ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options))!;
        Assert.Equal(SyncErrorCodes.Gap, error.Code);
        Assert.Equal(1, error.Expected);
        Assert.Empty(await cloud.ChangeLogAsync());

        var report = await a.Engine.SyncAsync(CancellationToken.None);
        Assert.Equal(2, report.Acked);
        Assert.Equal([1L, 2L], (await cloud.ChangeLogAsync()).Select(c => c.ServerSeq));
    }

    [Fact]
    public async Task Pull_InterruptedAfterFirstPage_ResumesFromCommittedCursorAndReplayChangesNothing()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b", pageSize: 2);
        for (var i = 1; i <= 3; i++)
        {
            await a.CreateVoucherAsync(i * 10_000m);
        }

        await a.Engine.SyncAsync(CancellationToken.None);
        b.Faults.PathContains = "changes";
        b.Faults.PassFirst = 1;
        b.Faults.DropResponses = 100;

        await Assert.ThrowsAsync<CloudUnreachableException>(() => b.Engine.SyncAsync(CancellationToken.None));

        Assert.Equal(2, (await b.VouchersAsync()).Count);
        Assert.Equal(2, await b.StateAsync(s => s.Cursors.Select(c => c.Cursor).SingleAsync()));
        b.Faults.DropResponses = 0;
        await b.Engine.SyncAsync(CancellationToken.None);
        var before = await b.VouchersAsync();
        Assert.Equal(3, before.Count);

        await b.ResetCursorAsync();
        var replay = await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(3, replay.Pulled);
        Assert.Equal(0, replay.Applied);
        var after = await b.VouchersAsync();
        Assert.Equal(before.Select(v => (v.Id, v.Version, v.Lines.Count)), after.Select(v => (v.Id, v.Version, v.Lines.Count)));
    }

    [Fact]
    public async Task Push_TwoClientsEditSameDraft_SecondGetsConflictAndKeepsItsCopy()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var voucher = await a.CreateVoucherAsync(500_000m);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        await a.Vouchers.UpdateAsync(voucher.Id, 1, Draft(a, 600_000m, "Sửa ở A"), CancellationToken.None);
        await b.Vouchers.UpdateAsync(voucher.Id, 1, Draft(b, 700_000m, "Sửa ở B"), CancellationToken.None);

        await a.Engine.SyncAsync(CancellationToken.None);
        var report = await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(1, report.Parked);
        var row = (await b.OutboxAsync()).Single(m => m.Seq == 1);
        Assert.Equal(OutboxState.Parked, row.State);
        Assert.Contains("version", row.Reason, StringComparison.OrdinalIgnoreCase);
        var copy = await b.StateAsync(s => s.ConflictCopies.AsNoTracking().SingleAsync());
        Assert.Contains("Sửa ở B", copy.LocalPayload, StringComparison.Ordinal);
        Assert.Contains("Sửa ở A", copy.ServerPayload, StringComparison.Ordinal);
        var local = Assert.Single(await b.VouchersAsync());
        Assert.Equal("Sửa ở A", local.Description);
        Assert.Equal(600_000m, local.Lines.Single().Amount);
        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().SingleAsync());
        Assert.Equal(2, server.Version);
        Assert.Contains("Sửa ở A", server.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_BatchLargerThanTheServerTakes_IsSentInHalvesAndEverythingArrives()
    {
        var smallBatches = await CloudNode.StartSqliteAsync(Directory.CreateDirectory(Path.Combine(temp.Path, "small")).FullName,
            new Dictionary<string, string?> { ["Cloud:MaxBatchDocs"] = "3" });
        await using var _ = smallBatches;
        await smallBatches.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Lô Nhỏ", null, null, CancellationToken.None);
        await using var a = await ClientNode.StartAsync(temp.Path, "a", smallBatches.Address, pushBatch: 10);
        await a.EnrollAsync(smallBatches, TaxCode);
        for (var n = 1; n <= 7; n++)
        {
            await a.CreateVoucherAsync(100_000m * n);
        }

        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((7, 0), (report.Acked, report.Parked));
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
        Assert.Equal(7, await smallBatches.ReadAsync(db => db.Documents.CountAsync()));
        // 7 refused as too many (nothing applied), then 3, 3 and 1.
        Assert.Equal([413, 200, 200, 200], a.Wire.To("/push").Select(e => e.Status));
    }

    /// <summary>
    /// A conflict hands B the server's copy before B's cursor has reached it. B then deletes the document. The next
    /// pull still carries the older version A made: it must not bring the deleted document back (found by the chaos
    /// test: a desktop kept a document it had deleted itself, the server had not).
    /// </summary>
    [Fact]
    public async Task Pull_OlderVersionOfADocumentThisDeviceDeleted_DoesNotBringItBack()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var voucher = await a.CreateVoucherAsync(500_000m);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        await a.Vouchers.UpdateAsync(voucher.Id, 1, Draft(a, 600_000m, "Sửa ở A"), CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Vouchers.UpdateAsync(voucher.Id, 1, Draft(b, 700_000m, "Sửa ở B"), CancellationToken.None);
        b.Faults.Respond = r => r.RequestUri!.AbsolutePath.Contains("changes", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : null;
        await Assert.ThrowsAnyAsync<Exception>(() => b.Engine.SyncAsync(CancellationToken.None));
        var taken = Assert.Single(await b.VouchersAsync());
        Assert.Equal((2, "Sửa ở A"), (taken.Version, taken.Description));
        Assert.Equal(1, await b.StateAsync(s => s.Cursors.Select(c => c.Cursor).SingleAsync()));

        await b.Vouchers.DeleteAsync(voucher.Id, CancellationToken.None);
        b.Faults.Respond = null;
        var report = await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(1, report.Acked);
        Assert.True(await cloud.ReadAsync(db => db.Documents.AsNoTracking().Where(d => d.DocumentId == voucher.Id).Select(d => d.Removed).SingleAsync()));
        Assert.Empty(await b.VouchersAsync());
        await a.Engine.SyncAsync(CancellationToken.None);
        Assert.Empty(await a.VouchersAsync());
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
    }

    [Fact]
    public async Task Push_EditOfVoucherPostedElsewhere_RejectedImmutableAndPostedCopyWins()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var voucher = await a.CreateVoucherAsync(500_000m);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        await a.Vouchers.PostAsync(voucher.Id, CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Vouchers.UpdateAsync(voucher.Id, 1, Draft(b, 800_000m, "Sửa sau khi đã ghi sổ"), CancellationToken.None);

        await b.Engine.SyncAsync(CancellationToken.None);

        var row = (await b.OutboxAsync()).Single();
        Assert.Equal(OutboxState.Parked, row.State);
        Assert.StartsWith($"[{RejectionCodes.Immutable}]", row.Reason, StringComparison.Ordinal);
        var local = Assert.Single(await b.VouchersAsync());
        Assert.Equal(DocumentStatus.Posted, local.Status);
        Assert.Equal(500_000m, local.Lines.Single().Amount);
    }

    [Fact]
    public async Task Push_EditOfVoucherDeletedElsewhere_VoidWinsAndEditIsParked()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var voucher = await a.CreateVoucherAsync(500_000m);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        await a.Vouchers.DeleteAsync(voucher.Id, CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Vouchers.UpdateAsync(voucher.Id, 1, Draft(b, 800_000m, "Sửa chứng từ đã xóa"), CancellationToken.None);

        await b.Engine.SyncAsync(CancellationToken.None);

        Assert.StartsWith($"[{RejectionCodes.Voided}]", (await b.OutboxAsync()).Single().Reason, StringComparison.Ordinal);
        Assert.Empty(await b.VouchersAsync());
        Assert.Contains("Sửa chứng từ đã xóa", (await b.StateAsync(s => s.ConflictCopies.AsNoTracking().SingleAsync())).LocalPayload, StringComparison.Ordinal);
    }

    /// <summary>The other order of "void beats edit": the draft was edited elsewhere first, then this device deletes it from the older version.</summary>
    [Fact]
    public async Task Push_DeleteOfDraftEditedElsewhereSince_VoidBeatsEditEverywhere()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var voucher = await a.CreateVoucherAsync(500_000m);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        await b.Vouchers.UpdateAsync(voucher.Id, 1, Draft(b, 800_000m, "Sửa ở B trước khi A xóa"), CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        await a.Vouchers.DeleteAsync(voucher.Id, CancellationToken.None);

        var report = await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((1, 0), (report.Acked, report.Parked));
        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.DocumentId == voucher.Id));
        Assert.Equal((true, 3L), (server.Removed, server.Version));
        Assert.Empty(await a.VouchersAsync());
        Assert.Empty(await b.VouchersAsync());
        Assert.Empty(await a.StateAsync(s => s.ConflictCopies.ToListAsync()));
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
    }

    [Fact]
    public async Task Push_PoisonMutationInLockedPeriod_ParkedWithDependentsAndTheRestFlows()
    {
        await using var a = await ClientAsync("a");
        await cloud.Admin.LockPeriodsAsync(TaxCode, new DateOnly(2026, 1, 31), CancellationToken.None);
        var poison = await a.CreateVoucherAsync(100_000m, date: new DateOnly(2026, 1, 10));
        var good = await a.CreateVoucherAsync(200_000m);
        await a.Vouchers.UpdateAsync(poison.Id, 1, Draft(a, 150_000m, "Sửa chứng từ tháng 1", new DateOnly(2026, 1, 10)), CancellationToken.None);

        var first = await a.Engine.SyncAsync(CancellationToken.None);
        var later = await a.CreateVoucherAsync(300_000m);
        var second = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((1, 2), (first.Acked, first.Parked));
        Assert.Equal(1, second.Acked);
        var rows = await a.OutboxAsync();
        Assert.StartsWith($"[{RejectionCodes.PeriodLocked}]", rows[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith($"[{RejectionCodes.DependencyParked}]", rows[2].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.State == OutboxState.Pending);
        Assert.Equal([good.Id, later.Id], (await cloud.ChangeLogAsync()).Select(c => c.DocumentId));
    }

    [Fact]
    public async Task Sync_DeviceRevoked_Gets403AndQueueStaysIntact()
    {
        await using var a = await ClientAsync("a");
        await a.CreateVoucherAsync(100_000m);
        var credential = (await a.Engine.CredentialAsync(CancellationToken.None))!;
        await cloud.Admin.RevokeDeviceAsync(credential.DeviceId, CancellationToken.None);

        var error = await Assert.ThrowsAsync<SyncApiException>(() => a.Engine.SyncAsync(CancellationToken.None));

        Assert.Equal(403, error.Status);
        Assert.Equal(SyncErrorCodes.DeviceRevoked, error.Code);
        Assert.Equal(OutboxState.Pending, Assert.Single(await a.OutboxAsync()).State);
        Assert.Equal(Engine.ConnectivityState.Unauthorized, await a.Engine.ProbeAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Probe_ServerAnswers_OnlineAndWrongTokenIsUnauthorized()
    {
        await using var a = await ClientAsync("a");
        Assert.Equal(Engine.ConnectivityState.Online, await a.Engine.ProbeAsync(CancellationToken.None));
        using var http = cloud.RawClient("amd1." + Guid.NewGuid().ToString("N") + ".not-the-secret-at-all-xxxxxxxx");

        var response = await http.GetAsync(SyncRoutes.Hello);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static GeneralJournalDraft Draft(ClientNode client, decimal amount, string description, DateOnly? date = null)
    {
        var day = date ?? new DateOnly(2026, 3, 15);
        return new GeneralJournalDraft(client.CompanyId, Ledger.Companies.BookSet.Tax, day, day, description, [new GeneralJournalDraftLine("1111", "1121", amount)]);
    }

    private static Mutation ToMutation(OutboxMessage m) =>
        new(m.Seq, m.Module, m.SchemaVersion, m.DocumentType, m.DocumentId, m.Operation, m.BaseVersion, m.LocalNumber, m.Payload, m.PayloadHash);
}
