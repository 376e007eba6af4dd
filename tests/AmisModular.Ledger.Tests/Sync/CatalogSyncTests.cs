using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Tests.Support;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Outbox;

namespace AmisModular.Ledger.Tests.Sync;

public sealed class CatalogSyncTests
{
    [Fact]
    public async Task Partner_WritesAnOutboxRow_AndAppliesOnAnotherNodeOnce()
    {
        await using var origin = await LedgerHost.CreateAsync();
        await using var replica = await LedgerHost.CreateEmptyAsync();
        await replica.ExecuteAsync($"INSERT INTO core_companies (Id, TaxCode, Name, UsesInternalBook) VALUES ('{origin.Company.Id.ToString().ToUpperInvariant()}', '0101234567', 'replica', 1)");
        var partner = await origin.Get<CatalogService>().AddPartnerAsync(origin.Company.Id, "KH01", "Công ty Bình Minh", PartnerKinds.Customer | PartnerKinds.Vendor, "0109876543", CancellationToken.None);

        var row = Assert.Single(await origin.Get<OutboxReader>().PendingAsync(10, CancellationToken.None));
        Assert.Equal(("core.partner", partner.Id, 0L), (row.DocumentType, row.DocumentId, row.BaseVersion));

        var adapter = Adapter(replica);
        var exported = (await Adapter(origin).ExportAsync(partner.Id, CancellationToken.None))!;
        Assert.Equal(row.Payload, exported.PayloadJson);
        Assert.Equal(SyncApplyOutcome.Applied, (await adapter.ApplyAsync(exported, CancellationToken.None)).Outcome);
        Assert.Equal(SyncApplyOutcome.AlreadyCurrent, (await adapter.ApplyAsync(exported, CancellationToken.None)).Outcome);
        Assert.Equal(exported.PayloadJson, (await adapter.ExportAsync(partner.Id, CancellationToken.None))!.PayloadJson);
        Assert.Equal(1, await replica.ScalarAsync("SELECT COUNT(*) FROM core_partners WHERE Code='KH01' AND TaxCode='0109876543'"));
    }

    [Fact]
    public async Task List_CoreAdapter_StreamsCatalogEntriesWithTheirVersions()
    {
        await using var host = await LedgerHost.CreateAsync();
        var partner = await host.Get<CatalogService>().AddPartnerAsync(host.Company.Id, "KH02", "Công ty An Phát", PartnerKinds.Customer, null, CancellationToken.None);

        var listed = await Adapter(host).ListAsync(CancellationToken.None).ToListAsync();

        Assert.Contains(new SyncDocumentVersion(CatalogDocumentTypes.Partner, partner.Id, partner.Version), listed);
        Assert.Equal(listed.Count, listed.Select(d => d.DocumentId).Distinct().Count());
    }

    [Fact]
    public async Task Apply_UnknownCoreDocumentType_IsRejected()
    {
        await using var host = await LedgerHost.CreateEmptyAsync();
        var result = await Adapter(host).ApplyAsync(new SyncDocument("core", "core.nonsense", 1, Guid.NewGuid(), 1, SyncOperation.Upsert, "{}"), CancellationToken.None);
        Assert.Equal(SyncApplyOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task SubAccount_WritesAnOutboxRow_AppliesOnAnotherNode_SeedAccountsNeverListedNorOverwritten()
    {
        await using var origin = await LedgerHost.CreateAsync();
        await using var replica = await LedgerHost.CreateEmptyAsync();
        await replica.ExecuteAsync($"INSERT INTO core_companies (Id, TaxCode, Name, UsesInternalBook) VALUES ('{origin.Company.Id.ToString().ToUpperInvariant()}', '0101234567', 'replica', 1)");
        var account = await origin.Get<ChartService>().OpenSubAccountAsync(origin.Company.Id, AccountingRegime.Tt99, "1111", "111101", "Quỹ cửa hàng 1", "Shop 1 till", CancellationToken.None);

        var row = Assert.Single(await origin.Get<OutboxReader>().PendingAsync(10, CancellationToken.None));
        Assert.Equal((CatalogDocumentTypes.Account, account.Id, 0L), (row.DocumentType, row.DocumentId, row.BaseVersion));
        var exported = (await Adapter(origin).ExportAsync(account.Id, CancellationToken.None))!;
        Assert.Equal(row.Payload, exported.PayloadJson);
        Assert.Equal(SyncApplyOutcome.Applied, (await Adapter(replica).ApplyAsync(exported, CancellationToken.None)).Outcome);
        Assert.Equal(SyncApplyOutcome.AlreadyCurrent, (await Adapter(replica).ApplyAsync(exported, CancellationToken.None)).Outcome);
        Assert.Equal(1, await replica.ScalarAsync("SELECT COUNT(*) FROM core_accounts WHERE Code='111101' AND ParentCode='1111' AND Version=1"));
        var listed = await Adapter(origin).ListAsync(CancellationToken.None).Where(d => d.DocumentType == CatalogDocumentTypes.Account).ToListAsync();
        Assert.Equal(account.Id, Assert.Single(listed).DocumentId);

        var seed = ChartSeed.Accounts.First(x => x.Regime == AccountingRegime.Tt99 && x.Code == "1111");
        Assert.Null(await Adapter(origin).ExportAsync(seed.Id, CancellationToken.None));
        var forged = new SyncDocument("core", CatalogDocumentTypes.Account, 1, seed.Id, 5, SyncOperation.Upsert,
            AmisModular.Storage.Json.CanonicalJson.Serialize(new Account { Id = seed.Id, CompanyId = origin.Company.Id, Regime = seed.Regime, Code = "1111", NameVi = "Đổi tên", NameEn = "x", Version = 5 }));
        Assert.Equal(SyncApplyOutcome.Rejected, (await Adapter(origin).ApplyAsync(forged, CancellationToken.None)).Outcome);
        Assert.Equal(1, await origin.ScalarAsync($"SELECT COUNT(*) FROM core_accounts WHERE Code='1111' AND Regime='Tt99' AND CompanyId IS NULL AND NameVi='{seed.NameVi}'"));
    }

    private static ISyncAdapter Adapter(LedgerHost host) => host.Get<IEnumerable<ISyncAdapter>>().Single(a => a.ModuleId == "core");
}
