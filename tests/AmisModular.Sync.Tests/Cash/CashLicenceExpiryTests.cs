using AmisModular.Cloud.Licensing;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Sync.Tests.Cash;

/// <summary>
/// The tenant's licence lapses while a desktop has cash vouchers waiting: they stay in its outbox with the reason
/// (deferred, not parked), the general journal keeps syncing, and a renewed licence lets them through unchanged.
/// </summary>
public sealed class CashLicenceExpiryTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private readonly TempDirectory temp = new();
    private readonly (string PrivateKeyPem, string PublicKeyPem) vendor = Signer.CreateKeyPair();
    private readonly ShiftedClock cloudClock = new();
    private CloudNode cloud = null!;

    public async Task InitializeAsync()
    {
        cloud = await CloudNode.StartSqliteAsync(temp.Path, new Dictionary<string, string?> { ["Cloud:Licensing:AdditionalVendorKeyPems:0"] = vendor.PublicKeyPem },
            clock: cloudClock);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task Sync_AfterTheLicenceLapses_CashStaysQueuedWithTheReasonJournalSyncs_RenewalSendsTheSameVouchers()
    {
        var today = VietnamDate.Today(cloudClock);
        await ImportLicenceAsync(today.AddDays(1));
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address);
        await a.EnrollAsync(cloud, TaxCode);
        await using var b = await ClientNode.StartAsync(temp.Path, "b", cloud.Address);
        await b.EnrollAsync(cloud, TaxCode);
        cloudClock.Advance(TimeSpan.FromDays(3));
        var receipt = await a.CreateCashAsync(CashVoucherKind.Receipt, 2_500_000m);
        var journal = await a.CreateVoucherAsync(400_000m, post: true);

        var lapsed = await a.Engine.SyncAsync(CancellationToken.None);
        var waiting = (await a.OutboxAsync()).Single(m => m.DocumentId == receipt.Id);
        await ImportLicenceAsync(today.AddDays(400));
        var renewed = await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((1, 0, 1), (lapsed.Acked, lapsed.Parked, lapsed.Deferred));
        Assert.Equal(OutboxState.Pending, waiting.State);
        Assert.Contains($"expired on {today.AddDays(1):yyyy-MM-dd}", waiting.Reason, StringComparison.Ordinal);
        Assert.Equal((1, 0, 0), (renewed.Acked, renewed.Parked, renewed.Deferred));
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
        Assert.Equal(receipt.TaxNumber, Assert.Single(await b.CashVouchersAsync()).TaxNumber);
        Assert.Contains(await b.VouchersAsync(), v => v.Id == journal.Id);
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
        Assert.Empty(await a.StateAsync(s => s.ConflictCopies.ToListAsync()));
    }

    /// <summary>
    /// Two deferred edits of one draft wait on A while B's deferred edit of the same draft gets through first after the
    /// renewal. A's first edit is then a conflict, and its second edit (made on top of the first) must be refused with
    /// it, not applied over B's edit because its base version happens to match the server's now.
    /// </summary>
    [Fact]
    public async Task Sync_DeferredEditsRetriedAfterRenewal_FirstConflicts_TheEditOnTopOfItIsNotAppliedOverTheOtherDevice()
    {
        var today = VietnamDate.Today(cloudClock);
        await ImportLicenceAsync(today.AddDays(1));
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address);
        await a.EnrollAsync(cloud, TaxCode);
        await using var b = await ClientNode.StartAsync(temp.Path, "b", cloud.Address);
        await b.EnrollAsync(cloud, TaxCode);
        var draft = await a.CreateCashAsync(CashVoucherKind.Receipt, 1_000_000m, post: false);
        await a.Engine.SyncAsync(CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        cloudClock.Advance(TimeSpan.FromDays(3));
        await b.Cash.UpdateAsync(draft.Id, 1, Edit(b, draft, "Sửa ở B", 1_200_000m), CancellationToken.None);
        await b.Engine.SyncAsync(CancellationToken.None);
        await a.Cash.UpdateAsync(draft.Id, 1, Edit(a, draft, "Sửa ở A lần 1", 1_300_000m), CancellationToken.None);
        await a.Cash.UpdateAsync(draft.Id, 2, Edit(a, draft, "Sửa ở A lần 2", 1_400_000m), CancellationToken.None);
        var lapsed = await a.Engine.SyncAsync(CancellationToken.None);
        await ImportLicenceAsync(today.AddDays(400));

        await b.Engine.SyncAsync(CancellationToken.None);
        var retried = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(2, lapsed.Deferred);
        Assert.Equal(2, retried.Parked);
        var server = await cloud.ReadAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.DocumentId == draft.Id));
        Assert.Equal(2, server.Version);
        Assert.Contains("Sửa ở B", server.Payload, StringComparison.Ordinal);
        Assert.Contains(await a.StateAsync(s => s.ConflictCopies.ToListAsync()), c => c.Code == "version-conflict" && c.LocalPayload.Contains("Sửa ở A lần 1", StringComparison.Ordinal));
        Assert.All((await a.OutboxAsync()).Where(m => m.DocumentId == draft.Id && m.BaseVersion > 0), m => Assert.Equal(OutboxState.Parked, m.State));
    }

    private static CashVoucherDraft Edit(ClientNode client, CashVoucher voucher, string description, decimal amount) =>
        new(CashVoucherKind.Receipt, client.CompanyId, voucher.Books, voucher.DocumentDate, voucher.PostingDate, "Nguyễn Văn An", description,
            [new CashVoucherDraftLine("5111", amount, null, null)], null);

    private Task<LicenceImported> ImportLicenceAsync(DateOnly validUntil) =>
        cloud.Services.GetRequiredService<LicenceImport>().ImportAsync(TaxCode, LicenceIssuer.Issue(
            new Licence(Guid.NewGuid().ToString("N"), new DateOnly(2020, 1, 1), new Licensee("tenant-1", "Công ty TNHH Thử", TaxCode),
                "standard", [new LicensedModule("cash", 1)], 5, 5, new DateOnly(2020, 1, 1), validUntil), vendor.PrivateKeyPem).ToJson(), CancellationToken.None);
}
