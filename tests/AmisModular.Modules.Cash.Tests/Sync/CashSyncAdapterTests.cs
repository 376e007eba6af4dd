using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Tests.Support;

namespace AmisModular.Modules.Cash.Tests.Sync;

public sealed class CashSyncAdapterTests
{
    [Fact]
    public async Task Export_ThenApplyOnAnotherNode_SameVoucherSameJournal_ReplayIdempotent()
    {
        await using var origin = await CashHost.CreateAsync();
        await using var replica = await CashHost.CreateAsync(seed: false);
        await replica.ExecuteAsync($"INSERT INTO core_companies (Id, TaxCode, Name, UsesInternalBook) VALUES ('{origin.Company.Id.ToString().ToUpperInvariant()}', '0101234567', 'replica', 1)");
        await replica.ExecuteAsync($"INSERT INTO core_partners (Id, CompanyId, Code, Name, Kinds, Version) VALUES ('{origin.Customer.Id.ToString().ToUpperInvariant()}', '{origin.Company.Id.ToString().ToUpperInvariant()}', 'KH01', 'x', 1, 1)");
        await replica.Get<AmisModular.Ledger.Periods.FiscalCalendar>().OpenYearAsync(origin.Company.Id, 2026, null, CancellationToken.None);
        var receipt = await origin.Cash.CreateAsync(origin.Receipt("2026-01-05", new CashVoucherDraftLine("131", 0.5m, PartnerId: origin.Customer.Id)), post: true, CancellationToken.None);
        var exported = (await Adapter(origin).ExportAsync(receipt.Id, CancellationToken.None))!;

        Assert.Equal(SyncApplyOutcome.Applied, (await Adapter(replica).ApplyAsync(exported, CancellationToken.None)).Outcome);
        Assert.Equal(SyncApplyOutcome.AlreadyCurrent, (await Adapter(replica).ApplyAsync(exported, CancellationToken.None)).Outcome);
        Assert.Equal(exported.PayloadJson, (await Adapter(replica).ExportAsync(receipt.Id, CancellationToken.None))!.PayloadJson);
        Assert.Equal(("cash.receipt", SyncOperation.Post), (exported.DocumentType, exported.Operation));
        Assert.Equal(2, await replica.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines WHERE Debit + Credit = 5000"));
        Assert.Equal(0, await replica.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
    }

    [Fact]
    public async Task List_StreamsEveryVoucherWithItsTypeAndVersion()
    {
        await using var host = await CashHost.CreateAsync();
        var receipt = await host.Cash.CreateAsync(host.Receipt("2026-01-05", new CashVoucherDraftLine("131", 0.5m, PartnerId: host.Customer.Id)), post: true, CancellationToken.None);
        await host.ExecuteAsync($"UPDATE cash_vouchers SET Version = 7 WHERE Id = '{receipt.Id.ToString().ToUpperInvariant()}'");

        var listed = await Adapter(host).ListAsync(CancellationToken.None).ToListAsync();

        Assert.Equal([new SyncDocumentVersion("cash.receipt", receipt.Id, 7)], listed);
    }

    private static ISyncAdapter Adapter(CashHost host) => host.Get<IEnumerable<ISyncAdapter>>().Single(a => a.ModuleId == "cash");
}
