using System.Net;
using System.Text.RegularExpressions;
using AmisModular.Ledger;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Opening;
using AmisModular.Storage.DependencyInjection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Shell.Tests.Browser;

/// <summary>
/// A shell with the real packaged Reports module, first run done (admin + demo company, fiscal year of today), and
/// figures posted through the ledger's own services from this process, as another writer of the store would:
/// opening balances 1111 Dr 50,000,000 / 4111 Cr 50,000,000 and an NVK today, Nợ 6421 / Có 1111 1,234,000.
/// </summary>
public sealed partial class ReportsShellFixture : IAsyncLifetime
{
    public const decimal Expense = 1_234_000m;

    private readonly ReportsInstallation installation = new();
    private ShellProcess? shell;

    public Uri Url => shell!.Url;

    public DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.Today);

    public GeneralJournalVoucher Voucher { get; private set; } = null!;

    internal ShellProcess Shell => shell!;

    public async Task InitializeAsync()
    {
        shell = await ShellProcess.StartWithEnvironmentAsync(installation.DataDirectory, installation.Environment);
        await PostFirstRunAsync();
        await SeedAsync();
    }

    public async Task DisposeAsync()
    {
        if (shell is not null)
        {
            await shell.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        installation.Dispose();
    }

    private async Task SeedAsync()
    {
        await using var services = new ServiceCollection()
            .AddStore(store => (store.SqliteFile, store.Pooling, store.DeviceId) = (installation.StoreFile, false, Guid.NewGuid()))
            .AddLedger()
            .BuildServiceProvider();
        await using var store = new LedgerStore(installation.StoreFile);
        var company = (await store.CompaniesAsync()).Single();
        var yearStart = (await store.FiscalYearsAsync(company.Id)).Single().StartDate;
        var openings = services.GetRequiredService<OpeningBalanceService>();
        await openings.SetAsync(company.Id, Book.Tax, "1111", null, 50_000_000m, 0m, yearStart, CancellationToken.None);
        await openings.SetAsync(company.Id, Book.Tax, "4111", null, 0m, 50_000_000m, yearStart, CancellationToken.None);
        Voucher = await services.GetRequiredService<GeneralJournalService>().CreateAsync(
            new GeneralJournalDraft(company.Id, BookSet.Both, Today, Today, "Mua văn phòng phẩm", [new GeneralJournalDraftLine("6421", "1111", Expense)]),
            post: true, CancellationToken.None);
    }

    /// <summary>The first-run form over plain HTTP (as <see cref="SetUpShellFixture"/> does).</summary>
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
            ["Input.DisplayName"] = "Quản trị",
            ["Input.Password"] = ShellPages.AdminPassword,
            ["Input.ConfirmPassword"] = ShellPages.AdminPassword,
            ["Input.UseDemo"] = "True",
            ["Input.Regime"] = "TT99",
            ["Input.FiscalYear"] = Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
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
