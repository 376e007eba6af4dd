using System.Reflection;
using AmisModular.Ledger;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Opening;
using AmisModular.Ledger.Periods;
using AmisModular.Modularity.Abstractions.Navigation;
using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.States;
using AmisModular.Printing.Tables;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static AmisModular.Modules.Reports.Tests.Support.ReportsHost;

namespace AmisModular.Modules.Reports.Tests.Module;

/// <summary>
/// The package the build produced (artifacts/modules/reports/1.0.0, signed with the development key) loaded by the
/// real module host into its own load context, sharing the ledger, storage and printing with the host.
/// </summary>
public sealed class PackagedModuleTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("amis-reports-host-").FullName;

    [Fact]
    public async Task Host_LoadsThePackagedModule_ItsServiceBuildsATrialBalance()
    {
        var repo = Metadata("RepoRoot");
        CopyPackage(Path.Combine(repo, "artifacts", "modules", "reports", "1.0.0"), Path.Combine(root, "modules", "reports", "1.0.0"));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddStore(o =>
        {
            o.SqliteFile = Path.Combine(root, "amis.db");
            o.Pooling = false;
            o.DeviceId = Guid.NewGuid();
        });
        builder.Services.AddLedger();
        builder.AddModularity(o =>
        {
            o.ModulesRoot = Path.Combine(root, "modules");
            o.AllowDevelopmentKeys = true;
            o.DevelopmentKeyFiles.Add(Path.Combine(repo, "build", "keys", "dev-signing-key.pub.pem"));
            o.AllowWhenNoGateRegistered = true;
        });
        using var host = builder.Build();
        await host.StartAsync();

        var status = host.Services.GetRequiredService<IModuleStatusStore>().Current.Single(s => s.Id == "reports");
        Assert.True(status.IsActive, status.Reason);
        Assert.Equal(4, host.Services.GetServices<NavigationEntry>().Count(e => e.ModuleId == "reports"));

        await host.Services.GetRequiredService<StoreMigrator>().MigrateAsync(null, CancellationToken.None);
        var company = await host.Services.GetRequiredService<CompanyService>().CreateAsync("0102030405", "Công ty Cổ phần Đông Á", false, CancellationToken.None);
        await host.Services.GetRequiredService<FiscalCalendar>().OpenYearAsync(company.Id, 2026, null, CancellationToken.None);
        var openings = host.Services.GetRequiredService<OpeningBalanceService>();
        await openings.SetAsync(company.Id, Book.Tax, "1111", null, 40_000_000m, 0m, D("2026-01-01"), CancellationToken.None);
        await openings.SetAsync(company.Id, Book.Tax, "4111", null, 0m, 40_000_000m, D("2026-01-01"), CancellationToken.None);

        var table = await TrialBalanceThroughTheLoadedModuleAsync(host.Services, company.Id);

        // The module's own assembly is a different copy from the one this test references: it came from the package.
        Assert.Equal(new object?[] { 40_000_000m, 40_000_000m, null, null, 40_000_000m, 40_000_000m }, table.Rows[^1].Cells.Skip(2).Select(Zero));
        Assert.Equal(40_000_000m, table.Rows.Single(r => (string?)r.Cells[0] == "1111").Cells[6]); // closing Dr
        await host.StopAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    private static object? Zero(object? cell) => cell is decimal d && d == 0m ? null : cell;

    private static async Task<ReportTable> TrialBalanceThroughTheLoadedModuleAsync(IServiceProvider services, Guid companyId)
    {
        var collection = services.GetRequiredService<IServiceProviderIsService>();
        var moduleAssembly = AppDomain.CurrentDomain.GetAssemblies()
            .Single(a => a.GetName().Name == "AmisModular.Modules.Reports" && a != typeof(ReportsModule).Assembly);
        var serviceType = moduleAssembly.GetType("AmisModular.Modules.Reports.IReportService", throwOnError: true)!;
        Assert.True(collection.IsService(serviceType));
        var service = services.GetRequiredService(serviceType);
        var requestType = moduleAssembly.GetType("AmisModular.Modules.Reports.TrialBalance.TrialBalanceRequest", throwOnError: true)!;
        var request = Activator.CreateInstance(requestType, companyId, Book.Tax, D("2026-01-01"), D("2026-01-31"), null, false);
        var task = (Task)serviceType.GetMethod("TrialBalanceAsync")!.Invoke(service, [request, CancellationToken.None])!;
        await task;
        var result = task.GetType().GetProperty("Result")!.GetValue(task)!;
        return (ReportTable)result.GetType().GetMethod("ToTable")!.Invoke(result, null)!;
    }

    private static string Metadata(string key) => typeof(PackagedModuleTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static void CopyPackage(string from, string to)
    {
        Assert.True(File.Exists(Path.Combine(from, "module.json")), $"the build did not pack the module into {from}");
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
