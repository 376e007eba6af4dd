using System.Net;
using System.Text.Json;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Tests.Pushing;

/// <summary>
/// The push over several batches: every answer ends up applied, in order, even with slow ack transactions; a refusal
/// is applied before the next batch is read, so later changes of the refused document go as skips; a push that fails
/// leaves the answer before it applied; a voucher saved during the push goes in the same run. (They guard any
/// overlap of reading, pushing and applying a later change may bring.)
/// </summary>
public sealed class OutboxPusherTests : IAsyncLifetime
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

    [Fact]
    public async Task ManyBatches_AllAccepted_EveryAnswerApplied_AcksMatchTheChangeLog()
    {
        await using var a = await ClientAsync("a", pushBatch: 2);
        foreach (var amount in Enumerable.Range(1, 7))
        {
            await a.CreateVoucherAsync(amount * 100_000m, post: amount % 2 == 0);
        }

        // Slow ack transactions: an answer applied late or out of order would show in the acks.
        a.Crash.SlowAcks = TimeSpan.FromMilliseconds(100);

        var report = await a.Engine.SyncAsync(CancellationToken.None);

        var outbox = await a.OutboxAsync();
        Assert.Equal((outbox.Count, outbox.Count, 0), (report.Pushed, report.Acked, report.Parked));
        Assert.All(outbox, m => Assert.Equal(OutboxState.Acked, m.State));
        var acks = await a.StateAsync(s => s.Acks.AsNoTracking().OrderBy(x => x.Seq).ToListAsync());
        var log = await cloud.ChangeLogAsync();
        Assert.Equal(outbox.Select(m => m.Seq), acks.Select(x => x.Seq));
        Assert.Equal(log.Select(c => (c.DocumentId, (long?)c.ServerSeq)), acks.Select(x => (x.DocumentId, x.ServerSeq)));
    }

    [Fact]
    public async Task RefusalInOneBatch_LaterChangeInTheNextBatch_GoesAsSkip()
    {
        // Batches of two: [poison, good] gets a mixed answer; [poison's update, after] must be read once it is applied.
        await using var a = await ClientAsync("a", pushBatch: 2);
        await cloud.Admin.LockPeriodsAsync(TaxCode, new DateOnly(2026, 1, 31), CancellationToken.None);
        var poison = await a.CreateVoucherAsync(100_000m, date: new DateOnly(2026, 1, 10));
        var good = await a.CreateVoucherAsync(200_000m);
        await a.Vouchers.UpdateAsync(poison.Id, 1, new GeneralJournalDraft(a.CompanyId, BookSet.Tax, new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 10), "Sửa",
            [new GeneralJournalDraftLine("1111", "1121", 150_000m)]), CancellationToken.None);
        var after = await a.CreateVoucherAsync(300_000m);
        a.Crash.SlowAcks = TimeSpan.FromMilliseconds(300);

        var report = await a.Engine.SyncAsync(CancellationToken.None);

        // Parked: the refused change, its later change when parked, and again when the server answers that skip.
        Assert.Equal((4, 2, 3), (report.Pushed, report.Acked, report.Parked));
        var rows = await a.OutboxAsync();
        Assert.StartsWith($"[{RejectionCodes.PeriodLocked}]", rows[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith($"[{RejectionCodes.DependencyParked}]", rows[2].Reason, StringComparison.Ordinal);
        Assert.Equal([good.Id, after.Id], (await cloud.ChangeLogAsync()).Select(c => c.DocumentId));
        var sent = a.Wire.To("push").SelectMany(e => JsonSerializer.Deserialize<PushRequest>(e.RequestBody!, ProtocolJson.Options)!.Mutations).ToList();
        Assert.Equal([(1L, false), (2L, false), (3L, true), (4L, false)], sent.Select(m => (m.Seq, m.Skip)));
    }

    [Fact]
    public async Task PushFailsAfterAnAcceptedAnswer_ThatAnswerIsApplied_TheRestStaysQueued()
    {
        await using var a = await ClientAsync("a", pushBatch: 2);
        foreach (var amount in Enumerable.Range(1, 5))
        {
            await a.CreateVoucherAsync(amount * 100_000m);
        }

        var pushes = 0;
        a.Faults.Respond = request => request.RequestUri!.AbsolutePath.Contains("push", StringComparison.Ordinal) && ++pushes == 2
            ? new HttpResponseMessage(HttpStatusCode.Forbidden)
            : null;

        await Assert.ThrowsAsync<SyncApiException>(() => a.Engine.SyncAsync(CancellationToken.None));

        var rows = await a.OutboxAsync();
        Assert.Equal([OutboxState.Acked, OutboxState.Acked, OutboxState.Pending, OutboxState.Pending, OutboxState.Pending], rows.Select(m => m.State));
        Assert.Equal([1L, 2L], (await a.StateAsync(s => s.Acks.AsNoTracking().OrderBy(x => x.Seq).ToListAsync())).Select(x => x.Seq));

        a.Faults.Respond = null;
        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((3, 3), (report.Pushed, report.Acked));
        Assert.Equal(5, (await cloud.ChangeLogAsync()).Count);
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
    }

    [Fact]
    public async Task VoucherSavedWhileTheLastBatchIsPushed_GoesInTheSameRun()
    {
        await using var a = await ClientAsync("a", pushBatch: 2);
        await a.CreateVoucherAsync(100_000m);
        await a.CreateVoucherAsync(200_000m);
        GeneralJournalVoucher? saved = null;
        // Saved while the last batch is pushed: the outbox is read again after the answer, not taken as ended.
        a.Faults.OnSending = () => saved ??= a.CreateVoucherAsync(300_000m).GetAwaiter().GetResult();

        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((3, 3), (report.Pushed, report.Acked));
        Assert.Contains(saved!.Id, (await cloud.ChangeLogAsync()).Select(c => c.DocumentId));
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
    }

    private async Task<ClientNode> ClientAsync(string name, int pushBatch)
    {
        var client = await ClientNode.StartAsync(temp.Path, name, cloud.Address, pushBatch: pushBatch);
        await client.EnrollAsync(cloud, TaxCode);
        return client;
    }
}
