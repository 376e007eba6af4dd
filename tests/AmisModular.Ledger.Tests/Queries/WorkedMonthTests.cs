using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Opening;
using AmisModular.Ledger.Queries;
using AmisModular.Ledger.Tests.Support;
using static AmisModular.Ledger.Tests.Support.LedgerHost;

namespace AmisModular.Ledger.Tests.Queries;

/// <summary>
/// January 2026 (TT99) of a small trading company, from the domain rules, checked twice:
/// Opening (both books): 1111 Dr 100,000,000; 1121 Dr 500,000,000; 131/KH01 Dr 50,000,000; 331/NCC01 Cr 30,000,000;
/// 4111 Cr 620,000,000 (Σ Dr 650,000,000 = Σ Cr 650,000,000).
/// 05/01 withdraw bank → cash: Nợ 1111 / Có 1121 20,000,000.
/// 10/01 customer pays into bank: Nợ 1121 / Có 131 (KH01) 30,000,000.
/// 15/01 services bought on credit: Nợ 6427 5,000,000; Nợ 1331 500,000 / Có 331 (NCC01) 5,500,000.
/// 20/01 INTERNAL BOOK ONLY, cash paid for an unofficial expense: Nợ 6428 / Có 1111 3,000,000.
/// Tax book at 01/02: 1111 = 120,000,000; 1121 = 510,000,000; 131/KH01 = Dr 20,000,000; 331/NCC01 = Cr 35,500,000.
/// Internal book at 01/02: 1111 = 117,000,000; period turnover 58,500,000 (Tax: 55,500,000).
/// </summary>
public sealed class WorkedMonthTests : IAsyncLifetime
{
    private LedgerHost host = null!;
    private Partner customer = null!;
    private Partner vendor = null!;

    public async Task InitializeAsync()
    {
        host = await CreateAsync();
        customer = await host.PartnerAsync("KH01", PartnerKinds.Customer);
        vendor = await host.PartnerAsync("NCC01", PartnerKinds.Vendor);
        var openings = host.Get<OpeningBalanceService>();
        foreach (var book in new[] { Book.Tax, Book.Internal })
        {
            await openings.SetAsync(host.Company.Id, book, "1111", null, 100_000_000m, 0, D("2026-01-01"), CancellationToken.None);
            await openings.SetAsync(host.Company.Id, book, "1121", null, 500_000_000m, 0, D("2026-01-01"), CancellationToken.None);
            await openings.SetAsync(host.Company.Id, book, "131", customer.Id, 50_000_000m, 0, D("2026-01-01"), CancellationToken.None);
            await openings.SetAsync(host.Company.Id, book, "331", vendor.Id, 0, 30_000_000m, D("2026-01-01"), CancellationToken.None);
            await openings.SetAsync(host.Company.Id, book, "4111", null, 0, 620_000_000m, D("2026-01-01"), CancellationToken.None);
        }

        await host.EntryAsync("2026-01-05", BookSet.Both, post: true, new GeneralJournalDraftLine("1111", "1121", 20_000_000m));
        await host.EntryAsync("2026-01-10", BookSet.Both, post: true, new GeneralJournalDraftLine("1121", "131", 30_000_000m, CreditPartnerId: customer.Id));
        await host.EntryAsync("2026-01-15", BookSet.Both, post: true,
            new GeneralJournalDraftLine("6427", null, 5_000_000m),
            new GeneralJournalDraftLine("1331", null, 500_000m),
            new GeneralJournalDraftLine(null, "331", 5_500_000m, CreditPartnerId: vendor.Id));
        await host.EntryAsync("2026-01-20", BookSet.Internal, post: true, new GeneralJournalDraftLine("6428", "1111", 3_000_000m));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Balances_AtEndOfMonth_MatchTheHandComputedFigures()
    {
        var feb1 = D("2026-02-01");
        Assert.Equal(120_000_000m, (await Balance(Book.Tax, "1111", feb1)).Net);
        Assert.Equal(117_000_000m, (await Balance(Book.Internal, "1111", feb1)).Net);
        Assert.Equal(510_000_000m, (await Balance(Book.Tax, "1121", feb1)).Net);
        Assert.Equal(630_000_000m, (await Balance(Book.Tax, "11", feb1)).Net);
        Assert.Equal(20_000_000m, (await host.Queries.BalanceAsync(host.Company.Id, Book.Tax, "131", feb1, customer.Id, CancellationToken.None)).DebitBalance);
        Assert.Equal(35_500_000m, (await host.Queries.BalanceAsync(host.Company.Id, Book.Tax, "331", feb1, vendor.Id, CancellationToken.None)).CreditBalance);
        Assert.Equal(100_000_000m, (await Balance(Book.Tax, "1111", D("2026-01-05"))).Net);
        Assert.Equal(120_000_000m, (await Balance(Book.Tax, "1111", D("2026-01-06"))).Net);
    }

    [Fact]
    public async Task TrialBalance_EachBook_BalancesOpeningPeriodAndClosing()
    {
        foreach (var (book, turnover) in new[] { (Book.Tax, 55_500_000m), (Book.Internal, 58_500_000m) })
        {
            var rows = await host.Queries.TrialBalanceAsync(host.Company.Id, book, D("2026-01-01"), D("2026-01-31"), CancellationToken.None);

            Assert.Equal(650_000_000m, rows.Sum(r => r.Opening.Debit));
            Assert.Equal(650_000_000m, rows.Sum(r => r.Opening.Credit));
            Assert.Equal(turnover, rows.Sum(r => r.Period.Debit));
            Assert.Equal(turnover, rows.Sum(r => r.Period.Credit));
            Assert.Equal(rows.Sum(r => r.Closing.Debit), rows.Sum(r => r.Closing.Credit));
        }
    }

    [Fact]
    public async Task TrialBalance_ReceivablesShowGrossBalancesPerCustomer()
    {
        var advance = await host.PartnerAsync("KH02", PartnerKinds.Customer);
        await host.EntryAsync("2026-01-25", BookSet.Tax, post: true, new GeneralJournalDraftLine("1121", "131", 7_000_000m, CreditPartnerId: advance.Id));

        var rows = await host.Queries.TrialBalanceAsync(host.Company.Id, Book.Tax, D("2026-01-01"), D("2026-01-31"), CancellationToken.None);

        var receivables = rows.Single(r => r.AccountCode == "131");
        Assert.Equal((50_000_000m, 0m), (receivables.Opening.Debit, receivables.Opening.Credit));
        Assert.Equal((0m, 37_000_000m), (receivables.Period.Debit, receivables.Period.Credit));
        Assert.Equal((20_000_000m, 7_000_000m), (receivables.Closing.Debit, receivables.Closing.Credit));
        Assert.Equal(rows.Sum(r => r.Closing.Debit), rows.Sum(r => r.Closing.Credit));
        Assert.Equal(517_000_000m, rows.Single(r => r.AccountCode == "1121").Closing.Debit);
    }

    [Fact]
    public async Task Journal_TaxBookHidesTheInternalOnlyEntry_AndStoresCounterAccounts()
    {
        var tax = await host.Queries.JournalAsync(host.Company.Id, Book.Tax, D("2026-01-01"), D("2026-01-31"), null, CancellationToken.None);
        var internalBook = await host.Queries.JournalAsync(host.Company.Id, Book.Internal, D("2026-01-01"), D("2026-01-31"), null, CancellationToken.None);

        Assert.Equal(7, tax.Count);
        Assert.Equal(9, internalBook.Count);
        Assert.DoesNotContain(tax, l => l.AccountCode == "6428");
        Assert.Equal(["NVK00001", "NVK00002", "NVK00003"], tax.Select(l => l.DocumentNumber).Distinct());
        Assert.Equal(["NVK00001", "NVK00002", "NVK00003", "NVK00004"], internalBook.Select(l => l.DocumentNumber).Distinct());
        var withdraw = tax.Single(l => l.AccountCode == "1111");
        Assert.Equal(("1121", 20_000_000m, 0m), (withdraw.CorrespondingAccountCode, withdraw.Debit, withdraw.Credit));
        Assert.All(tax.Where(l => l.DocumentNumber == "NVK00003" && l.Debit > 0), l => Assert.Equal("331", l.CorrespondingAccountCode));
        Assert.Null(tax.Single(l => l.AccountCode == "331").CorrespondingAccountCode);
        Assert.Equal(vendor.Id, tax.Single(l => l.AccountCode == "331").PartnerId);

        var cashOnly = await host.Queries.JournalAsync(host.Company.Id, Book.Internal, D("2026-01-01"), D("2026-01-31"), "111", CancellationToken.None);
        Assert.Equal([20_000_000m, -3_000_000m], cashOnly.Select(l => l.Debit - l.Credit));
    }

    [Fact]
    public async Task Turnover_OfCashInJanuary_PerBook()
    {
        var tax = await host.Queries.TurnoverAsync(host.Company.Id, Book.Tax, "1111", D("2026-01-01"), D("2026-01-31"), null, CancellationToken.None);
        var internalBook = await host.Queries.TurnoverAsync(host.Company.Id, Book.Internal, "1111", D("2026-01-01"), D("2026-01-31"), null, CancellationToken.None);

        Assert.Equal((20_000_000m, 0m), (tax.Debit, tax.Credit));
        Assert.Equal((20_000_000m, 3_000_000m), (internalBook.Debit, internalBook.Credit));
    }

    private Task<AccountBalance> Balance(Book book, string prefix, DateOnly date) =>
        host.Queries.BalanceAsync(host.Company.Id, book, prefix, date, null, CancellationToken.None);
}
