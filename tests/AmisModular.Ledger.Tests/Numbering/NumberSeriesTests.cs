using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Numbering;
using AmisModular.Ledger.Storage;
using AmisModular.Ledger.Tests.Support;
using static AmisModular.Ledger.Tests.Support.LedgerHost;

namespace AmisModular.Ledger.Tests.Numbering;

public sealed class NumberSeriesTests : IAsyncLifetime
{
    private LedgerHost host = null!;

    public async Task InitializeAsync() => host = await LedgerHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Books_NumberIndependently()
    {
        var a = await host.EntryAsync("2026-01-10", BookSet.Internal, post: false, new GeneralJournalDraftLine("6427", "1111", 1m));
        var b = await host.EntryAsync("2026-01-10", BookSet.Both, post: false, new GeneralJournalDraftLine("6427", "1111", 1m));

        Assert.Equal((null, "NVK00001"), (a.TaxNumber, a.InternalNumber));
        Assert.Equal(("NVK00001", "NVK00002"), (b.TaxNumber, b.InternalNumber));
    }

    [Fact]
    public async Task Branches_HaveTheirOwnSeries()
    {
        var catalogs = host.Get<CatalogService>();
        var hanoi = await catalogs.AddBranchAsync(host.Company.Id, "HN", "Chi nhánh Hà Nội", true, CancellationToken.None);
        var saigon = await catalogs.AddBranchAsync(host.Company.Id, "HCM", "Chi nhánh TP HCM", true, CancellationToken.None);

        var numbers = new List<string?>();
        foreach (var branch in new[] { hanoi, saigon, hanoi, (Branch?)null })
        {
            var draft = new GeneralJournalDraft(host.Company.Id, BookSet.Tax, D("2026-01-10"), D("2026-01-10"), "x",
                [new GeneralJournalDraftLine("6427", "1111", 1m)], branch?.Id);
            numbers.Add((await host.Journal.CreateAsync(draft, post: false, CancellationToken.None)).TaxNumber);
        }

        Assert.Equal(["NVKHN-00001", "NVKHCM-00001", "NVKHN-00002", "NVK00001"], numbers);
    }

    [Fact]
    public async Task ConfiguredRule_PrefixDigitsSuffixAndNextValue_AreUsed()
    {
        await host.Get<NumberSeriesService>().ConfigureAsync(host.Company.Id, Book.Tax, "cash.receipt", "", "PT", 5, "/26", 42, CancellationToken.None);
        await using var unit = await host.Store.BeginAsync(CancellationToken.None);
        var db = unit.Context<LedgerDbContext>();

        var first = await NumberSeriesService.TakeNextAsync(db, host.Company.Id, Book.Tax, "cash.receipt", "PT", "", CancellationToken.None);
        var second = await NumberSeriesService.TakeNextAsync(db, host.Company.Id, Book.Tax, "cash.receipt", "PT", "", CancellationToken.None);
        var otherType = await NumberSeriesService.TakeNextAsync(db, host.Company.Id, Book.Tax, "cash.payment", "PC", "", CancellationToken.None);

        Assert.Equal(["PT00042/26", "PT00043/26", "PC00001"], new[] { first, second, otherType });
    }

    [Fact]
    public async Task RolledBackSave_DoesNotBurnANumber()
    {
        await using (var unit = await host.Store.BeginAsync(CancellationToken.None))
        {
            var taken = await NumberSeriesService.TakeNextAsync(unit.Context<LedgerDbContext>(), host.Company.Id, Book.Tax, "cash.receipt", "PT", "", CancellationToken.None);
            Assert.Equal("PT00001", taken);
        }

        await using var again = await host.Store.BeginAsync(CancellationToken.None);
        Assert.Equal("PT00001", await NumberSeriesService.TakeNextAsync(again.Context<LedgerDbContext>(), host.Company.Id, Book.Tax, "cash.receipt", "PT", "", CancellationToken.None));
    }
}
