using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Numbering;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Sync.State;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Tests.Pulling;

/// <summary>
/// A pulled change this store cannot apply is held whole in the sync state and tried again at the start of every pull
/// run, never lost; a newer pulled version of the same document supersedes it. Real cloud on 127.0.0.1, real SQLite stores.
/// </summary>
public sealed class HeldChangeTests : IAsyncLifetime
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

    private async Task<ClientNode> ClientAsync(string name, bool withCash = true)
    {
        var client = await ClientNode.StartAsync(temp.Path, name, cloud.Address, withCash: withCash);
        await client.EnrollAsync(cloud, TaxCode);
        return client;
    }

    /// <summary>
    /// B's installation lacks the cash module when A's receipts arrive: they are refused and held with their payload,
    /// the cursor moves on, and once the module is installed the next sync applies them in order.
    /// </summary>
    [Fact]
    public async Task Pull_CashVouchersOnStoreWithoutCashModule_HeldThenAppliedOnceTheModuleIsInstalled()
    {
        await using var a = await ClientAsync("a");
        var b = await ClientAsync("b", withCash: false);
        var receipt = await a.CreateCashAsync(CashVoucherKind.Receipt, 2_000_000m, "5111");
        var draft = await a.CreateCashAsync(CashVoucherKind.Receipt, 700_000m, "711", post: false);
        await a.Engine.SyncAsync(None);

        var without = await b.Engine.SyncAsync(None);

        Assert.Equal((2, 0, 2), (without.Pulled, without.Applied, without.InboundRejected));
        var held = await b.StateAsync(s => s.InboundRejections.AsNoTracking().OrderBy(r => r.ServerSeq).ToListAsync());
        Assert.Equal([receipt.Id, draft.Id], held.Select(h => h.DocumentId));
        Assert.All(held, h => Assert.Contains("Module cash is not installed here", h.Reason, StringComparison.Ordinal));
        Assert.All(held, h => Assert.Equal(("cash", a.DeviceId, 1L, 1), (h.Module, h.OriginDeviceId, h.Version, h.Attempts)));
        Assert.Contains("\"amount\":2000000", held[0].Payload, StringComparison.Ordinal);
        Assert.Equal(2, without.Progress.Held);
        var notice = Assert.Single(await b.Engine.NoticesAsync(None));
        Assert.Equal(SyncNotice.ChangesHeld, notice.Kind);
        Assert.StartsWith("2 chứng từ tải về chưa áp dụng được", notice.Message, StringComparison.Ordinal);
        Assert.Contains("Module cash is not installed here", notice.Message, StringComparison.Ordinal);
        var again = await b.Engine.SyncAsync(None);
        Assert.Equal((0, 2), (again.HeldApplied, again.Progress.Held));
        Assert.Equal(2, (await b.StateAsync(s => s.InboundRejections.AsNoTracking().ToListAsync())).Min(h => h.Attempts));
        var cursor = await b.StateAsync(s => s.Cursors.Select(c => c.Cursor).SingleAsync());
        Assert.Equal(await cloud.ReadAsync(db => db.Books.Select(x => x.LastServerSeq).SingleAsync()), cursor);

        b = await b.RestartAsync(withCash: true);
        await using var installed = b;
        var with = await b.Engine.SyncAsync(None);

        Assert.Equal(new[] { draft.Id, receipt.Id }.Order(), (await b.CashVouchersAsync()).Select(v => v.Id));
        Assert.Empty(await b.StateAsync(s => s.InboundRejections.AsNoTracking().ToListAsync()));
        Assert.Equal(await a.JournalAsync(), await b.JournalAsync());
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
        Assert.Equal((0, 2, 0), (with.InboundRejected, with.HeldApplied, with.Progress.Held));
        Assert.Empty(await b.Engine.NoticesAsync(None));
    }

    /// <summary>
    /// A's general journal draft is refused on B (B's posted voucher holds the same number), then A deletes it. The
    /// delete applies on B and supersedes the held version 1: once B removes its own clashing voucher, the held change
    /// must not bring the deleted voucher back.
    /// </summary>
    [Fact]
    public async Task Pull_NewerVersionAfterHeldOne_SupersedesItAndTheOlderIsNeverApplied()
    {
        await using var a = await ClientAsync("a");
        await using var b = await ClientAsync("b");
        await b.Get<NumberSeriesService>().ConfigureAsync(b.CompanyId, Book.Tax, GeneralJournalVoucher.Type, "", $"NVK-{a.Series}-", 5, "", 1, None);
        var fromA = await a.CreateVoucherAsync(100_000m);
        await a.Engine.SyncAsync(None);
        var clash = await b.CreateVoucherAsync(300_000m, post: true, description: "Đã ghi sổ số trùng");
        Assert.Equal(fromA.TaxNumber, clash.TaxNumber);
        await b.Engine.SyncAsync(None);
        Assert.Equal(fromA.Id, (await b.StateAsync(s => s.InboundRejections.AsNoTracking().SingleAsync())).DocumentId);

        await a.Vouchers.DeleteAsync(fromA.Id, None);
        await a.Engine.SyncAsync(None);
        await b.Engine.SyncAsync(None);
        await b.Vouchers.UnpostAsync(clash.Id, None);
        await b.Vouchers.DeleteAsync(clash.Id, None);
        await b.Engine.SyncAsync(None);

        Assert.DoesNotContain(fromA.Id, (await b.VouchersAsync()).Select(v => v.Id));
        Assert.Empty(await b.StateAsync(s => s.InboundRejections.AsNoTracking().ToListAsync()));
        Assert.True(await cloud.ReadAsync(db => db.Documents.Where(d => d.DocumentId == fromA.Id).Select(d => d.Removed).SingleAsync()));
    }
}
