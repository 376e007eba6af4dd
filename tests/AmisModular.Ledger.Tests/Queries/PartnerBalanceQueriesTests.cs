using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Opening;
using AmisModular.Ledger.Queries;
using AmisModular.Ledger.Tests.Support;
using static AmisModular.Ledger.Tests.Support.LedgerHost;

namespace AmisModular.Ledger.Tests.Queries;

/// <summary>
/// Per-partner balances of two-sided accounts. Opening 01/01/2026 (Tax): 131/KH01 Dr 10,000,000; 131/KH02 Cr 4,000,000
/// (advance); 1111 Dr 6,000,000; 4111 Cr 12,000,000. 10/01: Nợ 1111 / Có 131 KH01 3,000,000.
/// 05/02: Nợ 131 KH02 / Có 5111 1,000,000. January: KH01 opening Dr 10, period Cr 3, closing Dr 7;
/// KH02 opening Cr 4, no movement, closing Cr 4. February: KH02 opening Cr 4, period Dr 1, closing Cr 3.
/// </summary>
public sealed class PartnerBalanceQueriesTests : IAsyncLifetime
{
    private LedgerHost host = null!;
    private Partner first = null!;
    private Partner second = null!;

    public async Task InitializeAsync()
    {
        host = await CreateAsync();
        first = await host.PartnerAsync("KH01", PartnerKinds.Customer);
        second = await host.PartnerAsync("KH02", PartnerKinds.Customer);
        var openings = host.Get<OpeningBalanceService>();
        await openings.SetAsync(host.Company.Id, Book.Tax, "131", first.Id, 10_000_000m, 0, D("2026-01-01"), CancellationToken.None);
        await openings.SetAsync(host.Company.Id, Book.Tax, "131", second.Id, 0, 4_000_000m, D("2026-01-01"), CancellationToken.None);
        await openings.SetAsync(host.Company.Id, Book.Tax, "1111", null, 6_000_000m, 0, D("2026-01-01"), CancellationToken.None);
        await openings.SetAsync(host.Company.Id, Book.Tax, "4111", null, 0, 12_000_000m, D("2026-01-01"), CancellationToken.None);
        await host.EntryAsync("2026-01-10", BookSet.Tax, post: true, new GeneralJournalDraftLine("1111", "131", 3_000_000m, CreditPartnerId: first.Id));
        await host.EntryAsync("2026-02-05", BookSet.Tax, post: true, new GeneralJournalDraftLine("131", "5111", 1_000_000m, DebitPartnerId: second.Id));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task PartnerBalancesAsync_January_OneRowPerPartnerNettedPerPartner()
    {
        var rows = await Query(["131"], "2026-01-01", "2026-01-31");

        var a = rows.Single(r => r.PartnerId == first.Id);
        var b = rows.Single(r => r.PartnerId == second.Id);
        Assert.Equal(2, rows.Count);
        Assert.Equal((10_000_000m, 0m, 0m, 3_000_000m, 7_000_000m, 0m), Six(a));
        Assert.Equal((0m, 4_000_000m, 0m, 0m, 0m, 4_000_000m), Six(b));
    }

    [Fact]
    public async Task PartnerBalancesAsync_February_OpensWithJanuaryMovementAndFiltersByPrefix()
    {
        var rows = await Query(["131"], "2026-02-01", "2026-02-28");

        Assert.Equal((7_000_000m, 0m, 0m, 0m, 7_000_000m, 0m), Six(rows.Single(r => r.PartnerId == first.Id)));
        Assert.Equal((0m, 4_000_000m, 1_000_000m, 0m, 0m, 3_000_000m), Six(rows.Single(r => r.PartnerId == second.Id)));
        Assert.DoesNotContain(rows, r => r.AccountCode != "131");
        Assert.Empty(await Query([], "2026-01-01", "2026-12-31"));
        Assert.Equal(["1111"], (await Query(["111"], "2026-01-01", "2026-01-31")).Select(r => r.AccountCode));
    }

    private Task<IReadOnlyList<PartnerBalanceRow>> Query(string[] prefixes, string from, string to) =>
        new PartnerBalanceQueries(host.Store).PartnerBalancesAsync(host.Company.Id, Book.Tax, prefixes, D(from), D(to), CancellationToken.None);

    private static (decimal, decimal, decimal, decimal, decimal, decimal) Six(PartnerBalanceRow r) =>
        (r.Opening.Debit, r.Opening.Credit, r.Period.Debit, r.Period.Credit, r.Closing.Debit, r.Closing.Credit);
}
