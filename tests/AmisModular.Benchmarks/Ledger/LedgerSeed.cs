using System.Globalization;
using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Opening;
using AmisModular.Ledger.Periods;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// Seeds one store through the product's own services (migrations, company, fiscal year 2026 under TT99,
/// partners, opening balances); every store of the run is a copy of it. The till opens with 10,000 billion VND so
/// the rule "no payment takes the till below zero" is checked on every payment but never trips.
/// </summary>
public static class LedgerSeed
{
    public const decimal OpeningCash = 10_000_000_000_000m;

    public const int CustomerCount = 200;

    public const int VendorCount = 50;

    public static async Task<BenchCompany> CreateAsync(string file, CancellationToken cancellationToken)
    {
        var deviceId = Guid.NewGuid();
        await using var host = ProductHost.Open(file, deviceId, pooling: false);
        await host.MigrateAsync(cancellationToken);
        var company = await host.Get<CompanyService>().CreateAsync("0101234567", "Công ty TNHH Thương mại Minh An", false, cancellationToken);
        await host.Get<FiscalCalendar>().OpenYearAsync(company.Id, 2026, null, cancellationToken);
        var catalog = host.Get<CatalogService>();
        var customers = new List<Guid>();
        for (var i = 1; i <= CustomerCount; i++)
        {
            customers.Add((await catalog.AddPartnerAsync(company.Id, Code("KH", i), $"Khách hàng số {i}", PartnerKinds.Customer, null, cancellationToken)).Id);
        }

        var vendors = new List<Guid>();
        for (var i = 1; i <= VendorCount; i++)
        {
            vendors.Add((await catalog.AddPartnerAsync(company.Id, Code("NCC", i), $"Nhà cung cấp số {i}", PartnerKinds.Vendor, null, cancellationToken)).Id);
        }

        var openings = host.Get<OpeningBalanceService>();
        await openings.SetAsync(company.Id, Book.Tax, "1111", null, OpeningCash, 0, VoucherPlan.YearStart, cancellationToken);
        await openings.SetAsync(company.Id, Book.Tax, "4111", null, 0, OpeningCash, VoucherPlan.YearStart, cancellationToken);
        return new BenchCompany(company.Id, deviceId, customers, vendors);
    }

    private static string Code(string prefix, int number) => prefix + number.ToString("000", CultureInfo.InvariantCulture);
}
