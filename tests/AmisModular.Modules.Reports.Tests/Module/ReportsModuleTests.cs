using System.Reflection;
using System.Text.Json;
using AmisModular.Ledger.Companies;
using AmisModular.Modularity.Abstractions.Navigation;
using AmisModular.Modules.Reports.Tests.Support;
using AmisModular.Modules.Reports.TrialBalance;
using static AmisModular.Modules.Reports.Tests.Support.ReportsHost;

namespace AmisModular.Modules.Reports.Tests.Module;

public sealed class ReportsModuleTests
{
    [Fact]
    public async Task ConfigureServices_RegistersTheServiceAndTheReportsMenu()
    {
        await using var host = await ReportsHost.CreateAsync();

        Assert.IsType<ReportService>(host.Reports);
        var entries = host.Get<IEnumerable<NavigationEntry>>().ToList();
        Assert.Equal(
            [("reports", "reports", null), ("reports.trial-balance", "reports/trial-balance", "reports"),
             ("reports.general-journal", "reports/general-journal", "reports"), ("reports.general-ledger", "reports/general-ledger", "reports")],
            entries.Select(e => (e.Key, e.Href, e.ParentKey)));
        Assert.All(entries, e => Assert.Equal(("reports", "reports.view"), (e.ModuleId, e.Permission)));
        Assert.Equal(["Báo cáo", "Bảng cân đối tài khoản", "Sổ Nhật ký chung", "Sổ cái"], entries.Select(e => e.Title.Vi));
    }

    [Fact]
    public async Task ConfigureServices_TwoSidedAccountsFromConfiguration_ReplaceTheDefaults()
    {
        await using var host = await ReportsHost.CreateAsync(configuration: new Dictionary<string, string?>
        {
            ["Modules:reports:TwoSidedAccounts:0"] = "331",
        });
        var customer = await host.PartnerAsync("KH1", "Khách 1", Ledger.Catalogs.PartnerKinds.Customer);
        var advance = await host.PartnerAsync("KH2", "Khách 2", Ledger.Catalogs.PartnerKinds.Customer);
        await host.OpeningAsync("131", customer.Id, 7_000_000m, 0m, Book.Tax);
        await host.OpeningAsync("131", advance.Id, 0m, 2_000_000m, Book.Tax);
        await host.OpeningAsync("4111", null, 0m, 5_000_000m, Book.Tax);

        Assert.Equal(["331"], host.Get<ReportsOptions>().TwoSidedAccounts);
        var tb = await host.Reports.TrialBalanceAsync(new TrialBalanceRequest(host.Company.Id, Book.Tax, D("2026-01-01"), D("2026-01-31")), CancellationToken.None);

        // 131 is no longer two-sided here: 7 − 2 = Dr 5, netted.
        Assert.Equal((5_000_000m, 0m, false), (tb.Find("131")!.Opening.Debit, tb.Find("131")!.Opening.Credit, tb.Find("131")!.GrossByPartner));
    }

    [Fact]
    public void Manifest_NamesTheModuleAndItsType()
    {
        var directory = typeof(ReportsModuleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ReportsModuleDirectory").Value!;
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "module.manifest.json")));
        var root = manifest.RootElement;

        Assert.Equal("reports", root.GetProperty("id").GetString());
        Assert.Equal(typeof(ReportsModule).FullName, root.GetProperty("moduleType").GetString());
        Assert.Equal("Báo cáo", root.GetProperty("displayName").GetProperty("vi").GetString());
        Assert.False(root.TryGetProperty("schema", out _)); // the module owns no storage
    }
}
