using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Storage;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Tests.Cash;

/// <summary>Cash receipts and payments made offline through CashVoucherService travel to another desktop with their journal.</summary>
public sealed class CashSyncTests : IAsyncLifetime
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
    public async Task Sync_CashReceiptAndPaymentPostedOffline_ArriveOnOtherDesktopWithSameJournalAndTrialBalance()
    {
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address);
        await a.EnrollAsync(cloud, TaxCode);
        await using var b = await ClientNode.StartAsync(temp.Path, "b", cloud.Address);
        await b.EnrollAsync(cloud, TaxCode);
        var customer = await a.Catalogs.AddPartnerAsync(a.CompanyId, "KH01", "Công ty Bình Minh", PartnerKinds.Customer, null, CancellationToken.None);
        var receipt = await a.CreateCashAsync(CashVoucherKind.Receipt, 12_345_678m, "131", customer.Id);
        var sale = await a.CreateCashAsync(CashVoucherKind.Receipt, 5_000_000m, "5111");
        var payment = await a.CreateCashAsync(CashVoucherKind.Payment, 1_250_000.5m, "6422");
        var draft = await a.CreateCashAsync(CashVoucherKind.Receipt, 700_000m, "711", post: false);

        var pushed = await a.Engine.SyncAsync(CancellationToken.None);
        var pulled = await b.Engine.SyncAsync(CancellationToken.None);

        Assert.StartsWith($"PT-{a.Series}-", receipt.TaxNumber, StringComparison.Ordinal);
        Assert.Equal((5, 0), (pushed.Acked, pushed.Parked));
        Assert.Equal(5, pulled.Applied);
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
        var onB = await b.CashVouchersAsync();
        Assert.Equal(new[] { receipt.Id, sale.Id, payment.Id, draft.Id }.Order(), onB.Select(v => v.Id));
        Assert.Equal(receipt.TaxNumber, onB.Single(v => v.Id == receipt.Id).TaxNumber);
        Assert.Equal(CashVoucherStatus.Draft, onB.Single(v => v.Id == draft.Id).Status);
        Assert.Equal(1_250_000.5m, onB.Single(v => v.Id == payment.Id).Lines.Single().Amount);
        await using (var unit = await b.Store.BeginAsync(CancellationToken.None))
        {
            Assert.Equal("Công ty Bình Minh", (await unit.Context<LedgerDbContext>().Partners.SingleAsync(p => p.Id == customer.Id)).Name);
        }

        var journalA = await a.JournalAsync();
        Assert.Equal(6, journalA.Count);
        Assert.Equal(journalA, await b.JournalAsync());
        var trialA = await a.TrialBalanceAsync();
        Assert.Contains("1111: 17345678/1250000.5 → 16095677.5/0", trialA);
        Assert.Equal(trialA, await b.TrialBalanceAsync());
    }

    [Fact]
    public async Task Sync_CashVoucherUnpostedEditedAndDeletedOnA_FollowsOnB()
    {
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address);
        await a.EnrollAsync(cloud, TaxCode);
        await using var b = await ClientNode.StartAsync(temp.Path, "b", cloud.Address);
        await b.EnrollAsync(cloud, TaxCode);
        var kept = await a.CreateCashAsync(CashVoucherKind.Receipt, 3_000_000m);
        var removed = await a.CreateCashAsync(CashVoucherKind.Receipt, 1_000_000m);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        Assert.Equal(4, (await b.JournalAsync()).Count);

        await a.Cash.UnpostAsync(kept.Id, CancellationToken.None);
        var draft = new CashVoucherDraft(CashVoucherKind.Receipt, a.CompanyId, Ledger.Companies.BookSet.Tax, new DateOnly(2026, 3, 21), new DateOnly(2026, 3, 21),
            "Nguyễn Văn An", "Thu tiền (sửa)", [new CashVoucherDraftLine("5111", 3_500_000m)]);
        await a.Cash.UpdateAsync(kept.Id, 2, draft, CancellationToken.None);
        await a.Cash.PostAsync(kept.Id, CancellationToken.None);
        await a.Cash.UnpostAsync(removed.Id, CancellationToken.None);
        await a.Cash.DeleteAsync(removed.Id, CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);

        var onB = Assert.Single(await b.CashVouchersAsync());
        Assert.Equal((kept.Id, 4L, 3_500_000m, CashVoucherStatus.Posted), (onB.Id, onB.Version, onB.Lines.Single().Amount, onB.Status));
        Assert.Equal(await a.JournalAsync(), await b.JournalAsync());
        Assert.Equal(2, (await b.JournalAsync()).Count);
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
    }
}
