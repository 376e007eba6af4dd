using System.Net;
using System.Text.RegularExpressions;
using AmisModular.Ledger;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Vendor.Modules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Shell.Tests.Browser.Cash;

/// <summary>
/// A real shell process over a temp installation holding the REAL cash module (built from modules/, packed and
/// signed with the test key), a licence with cash, the demo company made by first run, and one customer (KH001)
/// written to the store the way the catalog service writes it. A subclass may ask for the real Reports module too
/// (packed with the same key, licensed alongside cash).
/// </summary>
public partial class CashShellFixture : IAsyncLifetime
{
    public const string CustomerCode = "KH001";
    public const string CustomerName = "Công ty TNHH Ánh Dương";

    private readonly TestInstallation installation = new();
    private readonly bool withReports;
    private ShellProcess? shell;

    public CashShellFixture()
        : this(withReports: false)
    {
    }

    protected CashShellFixture(bool withReports) => this.withReports = withReports;

    public Uri Url => shell!.Url;

    public string StoreFile => installation.StoreFile;

    internal ShellProcess Shell => shell!;

    public static string CashModuleOutput => Path.Combine(TestPaths.RepoRoot, "modules", "AmisModular.Modules.Cash", "bin", TestPaths.Configuration, "net10.0");

    public async Task InitializeAsync()
    {
        // Replace the installation's stand-in "cash" package by the real module, and license it.
        var manifest = await File.ReadAllTextAsync(Path.Combine(TestPaths.RepoRoot, "modules", "AmisModular.Modules.Cash", "module.manifest.json"));
        ModulePackager.Pack(CashModuleOutput, manifest, installation.PrivateKeyPem, installation.ModulesRoot, "1.0.0", "AmisModular.Modules.Cash.dll");
        string[] licensed = ["sample", "cash"];
        if (withReports)
        {
            var reports = await File.ReadAllTextAsync(Path.Combine(ReportsInstallation.ModuleProject, "module.manifest.json"));
            ModulePackager.Pack(ReportsInstallation.ModuleOutput, reports, installation.PrivateKeyPem, installation.ModulesRoot, "1.0.0", "AmisModular.Modules.Reports.dll");
            licensed = [.. licensed, "reports"];
        }

        await File.WriteAllTextAsync(installation.LicenceFile, installation.IssueLicence(licensed));

        shell = await ShellProcess.StartAsync(installation);
        await PostFirstRunAsync();
        await SeedCustomerAsync();
    }

    public async Task DisposeAsync()
    {
        if (shell is not null)
        {
            await shell.DisposeAsync();
        }

        installation.Dispose();
    }

    /// <summary>How many cash vouchers the store holds (any company, any book): what "nothing was saved" means.</summary>
    public async Task<long> CashVoucherCountAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={StoreFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM cash_vouchers";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task SeedCustomerAsync()
    {
        await using var services = new ServiceCollection()
            .AddStore(store => (store.SqliteFile, store.Pooling) = (StoreFile, false))
            .AddLedger()
            .BuildServiceProvider();
        Guid companyId;
        await using (var unit = await services.GetRequiredService<IStore>().BeginReadAsync(CancellationToken.None))
        {
            companyId = (await unit.Context<LedgerDbContext>().Companies.AsNoTracking().SingleAsync()).Id;
        }

        await services.GetRequiredService<CatalogService>().AddPartnerAsync(companyId, CustomerCode, CustomerName, PartnerKinds.Customer, null, CancellationToken.None);
    }

    private async Task PostFirstRunAsync()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = Url };
        var form = await http.GetStringAsync(new Uri("first-run", UriKind.Relative));
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "first-run",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = "admin",
            ["Input.DisplayName"] = "Kế toán trưởng",
            ["Input.Password"] = ShellPages.AdminPassword,
            ["Input.ConfirmPassword"] = ShellPages.AdminPassword,
            ["Input.UseDemo"] = "True",
            ["Input.Regime"] = "TT99",
            ["Input.FiscalYear"] = DateTime.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var response = await http.PostAsync(new Uri("first-run", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"First run failed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}\n{shell!.Output}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
