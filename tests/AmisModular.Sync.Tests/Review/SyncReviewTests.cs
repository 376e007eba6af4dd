using AmisModular.Ledger.GeneralJournal;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.Review;
using AmisModular.Sync.State;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Tests.Review;

/// <summary>
/// Settling conflicts and parked changes (<see cref="SyncReview"/>) on real SQLite stores against a real cloud on
/// 127.0.0.1: what each choice leaves in the store, what it sends, and what the other desktop ends up with.
/// </summary>
public sealed class SyncReviewTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private const string Actor = "ketoantruong";
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
    public async Task List_Conflict_ShowsBothVersionsFieldByField()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var voucher = await ConflictAsync(a, b);

        var list = await Review(b).ListAsync(CancellationToken.None);

        var conflict = Assert.Single(list.Conflicts);
        Assert.Empty(list.Parked);
        Assert.Equal((voucher.Id, "version-conflict", 2L), (conflict.DocumentId, conflict.Code, conflict.ServerVersion));
        Assert.Equal((700_000m, 600_000m), (conflict.Mine.Amount, conflict.Server.Amount));
        Assert.Equal(voucher.TaxNumber, conflict.Mine.Number);
        Assert.Equal(new DateOnly(2026, 3, 15), conflict.Server.Date);
        var description = conflict.Fields.Single(f => f.Field == "description");
        Assert.Equal(("Sửa ở B", "Sửa ở A", true), (description.Mine, description.Server, description.Differs));
        Assert.False(conflict.Fields.Single(f => f.Field == "companyId").Differs);
        Assert.True(conflict.CanKeepMine);
    }

    [Fact]
    public async Task KeepMine_Conflict_QueuedOverTheServersVersionAndReachesTheOtherDesktop()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var voucher = await ConflictAsync(a, b);

        var note = await Review(b).KeepMineAsync(voucher.Id, Actor, CancellationToken.None);
        var report = await b.Engine.SyncAsync(CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((1, 0), (report.Acked, report.Parked));
        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().SingleAsync());
        Assert.Equal(3, server.Version);
        Assert.Contains("Sửa ở B", server.Payload, StringComparison.Ordinal);
        var onA = Assert.Single(await a.VouchersAsync());
        Assert.Equal(("Sửa ở B", 700_000m, 3L), (onA.Description, onA.Lines.Single().Amount, onA.Version));
        var onB = Assert.Single(await b.VouchersAsync());
        Assert.Equal(("Sửa ở B", 3L), (onB.Description, onB.Version));
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
        var rows = await b.OutboxAsync();
        Assert.Equal([(OutboxState.Acked, 1L), (OutboxState.Acked, 2L)], rows.Select(r => (r.State, r.BaseVersion)));
        Assert.StartsWith($"[{RejectionCodes.Settled}] {Actor}", rows[0].Reason, StringComparison.Ordinal);
        Assert.Empty(await b.StateAsync(s => s.ConflictCopies.ToListAsync()));
        Assert.Equal(0, (await Review(b).ListAsync(CancellationToken.None)).Count);
        var audit = Assert.Single(await b.StateAsync(s => s.Notices.Where(n => n.Kind == SyncNotice.Settled).ToListAsync()));
        Assert.Equal((voucher.Id, note), (audit.DocumentId, audit.Message));
        Assert.Contains("giữ bản của máy này", audit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepServer_Conflict_DropsTheLocalCopyAndSendsNothing()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var voucher = await ConflictAsync(a, b);

        await Review(b).KeepServerAsync(voucher.Id, Actor, CancellationToken.None);
        var report = await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(0, report.Pushed);
        Assert.Equal(2, await cloud.ReadAsync(db => db.Documents.AsNoTracking().Select(d => d.Version).SingleAsync()));
        var onB = Assert.Single(await b.VouchersAsync());
        Assert.Equal(("Sửa ở A", 600_000m, 2L), (onB.Description, onB.Lines.Single().Amount, onB.Version));
        var row = Assert.Single(await b.OutboxAsync());
        Assert.Equal(OutboxState.Acked, row.State);
        Assert.Contains("giữ bản trên máy chủ", row.Reason, StringComparison.Ordinal);
        Assert.Empty(await b.StateAsync(s => s.ConflictCopies.ToListAsync()));
        Assert.Single(await b.StateAsync(s => s.Notices.Where(n => n.Kind == SyncNotice.Settled && n.Message.StartsWith(Actor)).ToListAsync()));
    }

    [Fact]
    public async Task KeepMine_ServerVersionPosted_RefusedNamingTheRuleAndNothingChanges()
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
        var conflict = Assert.Single((await Review(b).ListAsync(CancellationToken.None)).Conflicts);
        Assert.False(conflict.CanKeepMine);

        var refused = await Assert.ThrowsAsync<SyncReviewRefusedException>(() => Review(b).KeepMineAsync(voucher.Id, Actor, CancellationToken.None));

        Assert.Equal(("status", RejectionCodes.Immutable), (refused.Field, refused.Rule));
        Assert.Single(await b.StateAsync(s => s.ConflictCopies.ToListAsync()));
        Assert.Equal(OutboxState.Parked, Assert.Single(await b.OutboxAsync()).State);
        Assert.Empty(await b.StateAsync(s => s.Notices.Where(n => n.Kind == SyncNotice.Settled).ToListAsync()));
        Assert.Equal(500_000m, Assert.Single(await b.VouchersAsync()).Lines.Single().Amount);
    }

    [Fact]
    public async Task List_PostedVoucherInLockedPeriod_ParkedWithRuleFieldAndLedgerEffect()
    {
        await using var a = await ClientAsync("a");
        await cloud.Admin.LockPeriodsAsync(TaxCode, new DateOnly(2026, 1, 31), CancellationToken.None);
        var poison = await a.CreateVoucherAsync(100_000m, post: true, date: new DateOnly(2026, 1, 10));
        await a.Engine.SyncAsync(CancellationToken.None);

        var parked = Assert.Single((await Review(a).ListAsync(CancellationToken.None)).Parked);

        Assert.Equal((poison.Id, RejectionCodes.PeriodLocked, "Ngày hạch toán / Posting date"), (parked.DocumentId, parked.Rule, parked.Field));
        Assert.Equal((100_000m, poison.TaxNumber), (parked.Document.Amount, parked.Document.Number));
        Assert.False(parked.Editable);
        Assert.Null(parked.DiscardRefusal);
        Assert.Contains("sổ cái", parked.DiscardEffect, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discard_PostedVoucherTheServerNeverHad_DeletedWithItsJournalAndLedgersAgree()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        await cloud.Admin.LockPeriodsAsync(TaxCode, new DateOnly(2026, 1, 31), CancellationToken.None);
        var poison = await a.CreateVoucherAsync(100_000m, post: true, date: new DateOnly(2026, 1, 10));
        var good = await a.CreateVoucherAsync(200_000m, post: true);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        Assert.NotEqual(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());

        await Review(a).DiscardAsync(poison.Id, Actor, CancellationToken.None);

        Assert.Equal([good.Id], (await a.VouchersAsync()).Select(v => v.Id));
        Assert.DoesNotContain(await a.JournalAsync(), l => l.StartsWith(poison.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal(await b.TrialBalanceAsync(), await a.TrialBalanceAsync());
        Assert.Equal(0, (await Review(a).ListAsync(CancellationToken.None)).Count);
        Assert.Equal(0, (await a.Engine.SyncAsync(CancellationToken.None)).Pushed);
    }

    [Fact]
    public async Task OpenForCorrection_DraftInLockedPeriod_CorrectedSaveSyncs()
    {
        await using var a = await ClientAsync("a");
        await cloud.Admin.LockPeriodsAsync(TaxCode, new DateOnly(2026, 1, 31), CancellationToken.None);
        var draft = await a.CreateVoucherAsync(100_000m, date: new DateOnly(2026, 1, 10));
        await a.Engine.SyncAsync(CancellationToken.None);
        Assert.True(Assert.Single((await Review(a).ListAsync(CancellationToken.None)).Parked).Editable);

        await Review(a).OpenForCorrectionAsync(draft.Id, Actor, CancellationToken.None);
        var reopened = Assert.Single(await a.VouchersAsync());
        await a.Vouchers.UpdateAsync(draft.Id, reopened.Version, Draft(a, 100_000m, "Sửa ngày sang tháng 3"), CancellationToken.None);
        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(0L, reopened.Version);
        Assert.Equal((1, 0), (report.Acked, report.Parked));
        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().SingleAsync());
        Assert.Equal(1, server.Version);
        Assert.Contains("Sửa ngày sang tháng 3", server.Payload, StringComparison.Ordinal);
        Assert.Equal(0, (await Review(a).ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Settle_RowNotYetAnswered_StaysASkipUntilTheServerAnswersIt()
    {
        await using var a = await ClientAsync("a");
        await cloud.Admin.LockPeriodsAsync(TaxCode, new DateOnly(2026, 1, 31), CancellationToken.None);
        var draft = await a.CreateVoucherAsync(100_000m, date: new DateOnly(2026, 1, 10));
        await a.Engine.SyncAsync(CancellationToken.None);
        // A later change parked on this device only (as a dependent, not sent yet): the server has not answered it.
        await a.Vouchers.UpdateAsync(draft.Id, 1, Draft(a, 120_000m, "Sửa lần hai", new DateOnly(2026, 1, 10)), CancellationToken.None);
        await using (var unit = await a.Store.BeginAsync(CancellationToken.None))
        {
            await unit.Context<OutboxDbContext>().Outbox.Where(m => m.Seq == 2)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Parked).SetProperty(m => m.Reason, $"[{RejectionCodes.DependencyParked}] x"));
            await unit.CommitAsync(CancellationToken.None);
        }

        await Review(a).DiscardAsync(draft.Id, Actor, CancellationToken.None);
        var settled = await a.OutboxAsync();
        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal([OutboxState.Acked, OutboxState.Parked], settled.Select(r => r.State));
        Assert.Equal(1, report.Pushed);
        Assert.All(await a.OutboxAsync(), r => Assert.Equal(OutboxState.Acked, r.State));
        Assert.Empty(await a.VouchersAsync());
        Assert.Equal(0, (await Review(a).ListAsync(CancellationToken.None)).Count);
    }

    private static SyncReview Review(ClientNode node) => node.Get<SyncReview>();

    private async Task<ClientNode> ClientAsync(string name)
    {
        var client = await ClientNode.StartAsync(temp.Path, name, cloud.Address);
        await client.EnrollAsync(cloud, TaxCode);
        return client;
    }

    /// <summary>Scenario 8: A and B edit the same draft from version 1; A syncs first, B gets the conflict.</summary>
    private static async Task<GeneralJournalVoucher> ConflictAsync(ClientNode a, ClientNode b)
    {
        var voucher = await a.CreateVoucherAsync(500_000m);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        await a.Vouchers.UpdateAsync(voucher.Id, 1, Draft(a, 600_000m, "Sửa ở A"), CancellationToken.None);
        await b.Vouchers.UpdateAsync(voucher.Id, 1, Draft(b, 700_000m, "Sửa ở B"), CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);
        var report = await b.Engine.SyncAsync(CancellationToken.None);
        Assert.Equal(1, report.Parked);
        return voucher;
    }

    private static GeneralJournalDraft Draft(ClientNode client, decimal amount, string description, DateOnly? date = null)
    {
        var day = date ?? new DateOnly(2026, 3, 15);
        return new GeneralJournalDraft(client.CompanyId, Ledger.Companies.BookSet.Tax, day, day, description, [new GeneralJournalDraftLine("1111", "1121", amount)]);
    }
}
