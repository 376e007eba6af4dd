using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Tests.Support;

namespace AmisModular.Modules.Cash.Tests.Documents;

public sealed class CashNumberingTests : IAsyncLifetime
{
    private CashHost host = null!;

    public async Task InitializeAsync() => host = await CashHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Create_ReceiptsAndPaymentsPerBook_TaxAndInternalNumberedIndependently()
    {
        await host.Get<AmisModular.Ledger.Opening.OpeningBalanceService>().SetAsync(host.Company.Id, Book.Internal, "1111", null, 10_000_000m, 0, CashHost.D("2026-01-01"), CancellationToken.None);
        var r1 = await SaveAsync(host.Receipt("2026-01-05", Line()) with { Books = BookSet.Both });
        var r2 = await SaveAsync(host.Receipt("2026-01-05", Line()) with { Books = BookSet.Internal });
        var r3 = await SaveAsync(host.Receipt("2026-01-05", Line()) with { Books = BookSet.Both });
        var p1 = await SaveAsync(host.Payment("2026-01-05", Line()) with { Books = BookSet.Tax });
        var p2 = await SaveAsync(host.Payment("2026-01-05", Line()) with { Books = BookSet.Both });

        Assert.Equal(
            [("PT00001", "PT00001"), (null, "PT00002"), ("PT00002", "PT00003"), ("PC00001", null), ("PC00002", "PC00001")],
            new[] { r1, r2, r3, p1, p2 }.Select(v => (v.TaxNumber, v.InternalNumber)));
    }

    [Fact]
    public async Task Create_WithBranch_BranchSeriesBesideTheCompanySeries()
    {
        var hanoi = await host.Get<CatalogService>().AddBranchAsync(host.Company.Id, "HN", "Chi nhánh Hà Nội", true, CancellationToken.None);
        var head = await SaveAsync(host.Receipt("2026-01-05", Line()));
        var branch1 = await SaveAsync(host.Receipt("2026-01-05", Line()) with { BranchId = hanoi.Id });
        var branch2 = await SaveAsync(host.Receipt("2026-01-05", Line()) with { BranchId = hanoi.Id });
        var branchPayment = await SaveAsync(host.Payment("2026-01-05", Line()) with { BranchId = hanoi.Id });

        Assert.Equal(["PT00001", "PTHN-00001", "PTHN-00002", "PCHN-00001"], new[] { head, branch1, branch2, branchPayment }.Select(v => v.TaxNumber));
        var error = await Assert.ThrowsAsync<AmisModular.Ledger.Errors.DocumentValidationException>(() =>
            SaveAsync(host.Receipt("2026-01-05", Line()) with { BranchId = Guid.NewGuid() }));
        Assert.Equal(["BranchId"], error.Errors.Select(e => e.Field));
    }

    private static CashVoucherDraftLine Line() => new("5111", 1_000m);

    private Task<CashVoucher> SaveAsync(CashVoucherDraft draft) => host.Cash.CreateAsync(draft, post: false, CancellationToken.None);
}
