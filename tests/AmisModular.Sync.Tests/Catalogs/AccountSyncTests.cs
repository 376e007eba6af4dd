using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.State;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Tests.Catalogs;

/// <summary>
/// Sub-accounts a company opens on one desktop (core.account) reach the other desktops, so the vouchers that use
/// them apply there too. Real cloud on 127.0.0.1, real SQLite stores.
/// </summary>
public sealed class AccountSyncTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDirectory temp = new();
    private CloudNode cloud = null!;

    public async Task InitializeAsync()
    {
        cloud = await CloudNode.StartSqliteAsync(temp.Path);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, "core,cash", None);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        temp.Dispose();
    }

    private async Task<ClientNode> ClientAsync(string name)
    {
        var client = await ClientNode.StartAsync(temp.Path, name, cloud.Address);
        await client.EnrollAsync(cloud, TaxCode);
        return client;
    }

    [Fact]
    public async Task Sync_SubAccountsAndCashVouchersUsingThemOnA_AppliedOnBWithEqualTrialBalance()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        var chart = a.Get<ChartService>();
        var till = await chart.OpenSubAccountAsync(a.CompanyId, AccountingRegime.Tt99, "1111", "111101", "Quỹ cửa hàng số 1", "Shop 1 till", None);
        var other = await chart.OpenSubAccountAsync(a.CompanyId, AccountingRegime.Tt99, "6428", "642801", "Chi phí tiếp khách", "Entertainment", None);
        var day = new DateOnly(2026, 3, 20);
        var receipt = await a.Cash.CreateAsync(new CashVoucherDraft(CashVoucherKind.Receipt, a.CompanyId, BookSet.Tax, day, day, "Nguyễn Văn An", "Thu tiền bán hàng",
            [new CashVoucherDraftLine("5111", 5_000_000m)], CashAccount: "111101"), post: true, None);
        var payment = await a.Cash.CreateAsync(new CashVoucherDraft(CashVoucherKind.Payment, a.CompanyId, BookSet.Tax, day, day, "Trần Thị Bình", "Chi tiếp khách",
            [new CashVoucherDraftLine("642801", 1_200_000m)], CashAccount: "111101"), post: true, None);

        var pushed = await a.Engine.SyncAsync(None);
        var pulled = await b.Engine.SyncAsync(None);

        Assert.Equal((4, 0), (pushed.Acked, pushed.Parked));
        Assert.Equal((4, 0), (pulled.Applied, pulled.InboundRejected));
        await using (var unit = await b.Store.BeginAsync(None))
        {
            var accounts = await unit.Context<LedgerDbContext>().Accounts.AsNoTracking().Where(x => x.CompanyId == b.CompanyId).OrderBy(x => x.Code).ToListAsync();
            Assert.Equal([(till.Id, "111101", "1111", "Quỹ cửa hàng số 1"), (other.Id, "642801", "6428", "Chi phí tiếp khách")],
                accounts.Select(x => (x.Id, x.Code, x.ParentCode, x.NameVi)));
        }

        Assert.Equal(new[] { receipt.Id, payment.Id }.Order(), (await b.CashVouchersAsync()).Select(v => v.Id));
        var trial = await a.TrialBalanceAsync();
        Assert.Contains("111101: 5000000/1200000 → 3800000/0", trial);
        Assert.Equal(trial, await b.TrialBalanceAsync());
        Assert.Equal(await a.JournalAsync(), await b.JournalAsync());
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
        Assert.Equal(2, await cloud.ReadAsync(db => db.Documents.CountAsync(d => d.DocumentType == "core.account")));
    }

    /// <summary>
    /// The voucher reaches the cloud before the sub-account it uses (A's outbox rows swapped, as an older client that
    /// queued them out of order would): B refuses the voucher and holds it, applies the account, and the next sync
    /// applies the held voucher. The stores converge.
    /// </summary>
    [Fact]
    public async Task Sync_VoucherArrivesBeforeItsSubAccount_HeldOnBThenAppliedAtTheNextSync()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        await a.Get<ChartService>().OpenSubAccountAsync(a.CompanyId, AccountingRegime.Tt99, "5111", "511101", "Doanh thu cửa hàng 1", "Shop 1 sales", None);
        var receipt = await a.CreateCashAsync(CashVoucherKind.Receipt, 3_000_000m, "511101");
        await using (var unit = await a.Store.BeginAsync(None))
        {
            var outbox = unit.Context<OutboxDbContext>();
            await outbox.Database.ExecuteSqlRawAsync("UPDATE sync_outbox SET Seq = -Seq");
            await outbox.Database.ExecuteSqlRawAsync("UPDATE sync_outbox SET Seq = CASE Seq WHEN -1 THEN 2 ELSE 1 END");
            await unit.CommitAsync(None);
        }

        Assert.Equal(["cash.receipt", "core.account"], (await a.OutboxAsync()).Select(m => m.DocumentType));
        Assert.Equal(2, (await a.Engine.SyncAsync(None)).Acked);

        var first = await b.Engine.SyncAsync(None);

        Assert.Equal((1, 1, 1), (first.Applied, first.InboundRejected, first.Progress.Held));
        Assert.Contains("511101", (await b.StateAsync(s => s.InboundRejections.AsNoTracking().SingleAsync())).Reason, StringComparison.Ordinal);
        var second = await b.Engine.SyncAsync(None);
        Assert.Equal((1, 0), (second.HeldApplied, second.Progress.Held));
        Assert.Equal(receipt.Id, Assert.Single(await b.CashVouchersAsync()).Id);
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
        Assert.Equal(await a.JournalAsync(), await b.JournalAsync());
    }
}
