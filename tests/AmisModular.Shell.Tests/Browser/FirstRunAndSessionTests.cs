using AmisModular.Ledger.Companies.Joining;
using Microsoft.Playwright;

namespace AmisModular.Shell.Tests.Browser;

/// <summary>Each test starts its own shell on a new data folder.</summary>
[Collection(BrowserTests.Name)]
public sealed class FirstRunAndSessionTests(BrowserFixture browser) : IDisposable
{
    private readonly TestInstallation installation = new();

    private string folder => installation.DataDirectory;

    public void Dispose() => installation.Dispose();

    [Fact]
    public async Task FirstRun_CreatesAdminAndCompany_LoginLogout()
    {
        await using var shell = await ShellProcess.StartAsync(installation);
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(shell.Url.ToString());
        await page.WaitForURLAsync("**/first-run");
        await ShellPages.ScreenshotAsync(page, "01-first-run");
        await ShellPages.CompleteFirstRunAsync(page, shell.Url, demo: false);
        await ShellPages.ScreenshotAsync(page, "02-login");

        await ShellPages.LoginAsync(page, shell.Url);

        Assert.Equal("Trần Thị Quản Trị", await page.TextContentAsync("[data-testid=user-name]"));
        Assert.Contains("Công ty TNHH Hoa Sen", await page.TextContentAsync("[data-testid=company-widget]"), StringComparison.Ordinal);
        Assert.Equal("Internal", await page.Locator("[data-testid=book] option").Nth(1).GetAttributeAsync("value"));
        Assert.Equal(["Sổ tài chính", "Sổ quản trị"], await page.Locator("[data-testid=book] option").AllTextContentsAsync());
        Assert.Equal("Chưa có dịch vụ đồng bộ", await page.TextContentAsync("[data-testid=sync-state]"));
        await ShellPages.ScreenshotAsync(page, "03-dashboard");

        await page.ClickAsync("[data-testid=logout]");
        await page.WaitForURLAsync("**/login?loggedOut=1");
        Assert.NotNull(await page.QuerySelectorAsync("[data-testid=logged-out]"));

        // Signed out means signed out: the dashboard sends us back to the login page.
        await page.GotoAsync(shell.Url.ToString());
        await page.WaitForURLAsync("**/login?ReturnUrl=*");
        await shell.DisposeAsync();

        // The wizard wrote the company to the ledger store, with its books and its fiscal year under TT200.
        await using var ledger = new LedgerStore(installation.StoreFile);
        var company = Assert.Single(await ledger.CompaniesAsync());
        Assert.Equal(("Công ty TNHH Hoa Sen", "0312345678", true), (company.Name, company.TaxCode, company.UsesInternalBook));
        var year = Assert.Single(await ledger.FiscalYearsAsync(company.Id));
        Assert.Equal((new DateOnly(2025, 1, 1), AmisModular.Ledger.Periods.AccountingRegime.Tt200), (year.StartDate, year.Regime));
        Assert.Equal(12, (await ledger.PeriodsAsync(company.Id)).Count);
    }

    /// <summary>A desktop that joined its company through amis-sync enroll before the shell's first start.</summary>
    [Fact]
    public async Task FirstRun_StoreJoinedACompanyAtEnrollment_AsksOnlyForTheAdmin_AndKeepsThatCompany()
    {
        var companyId = Guid.CreateVersion7();
        await using (var store = new LedgerStore(installation.StoreFile))
        {
            await store.JoinAsync(new JoiningCompany(companyId, "0101234567", "Công ty TNHH Đã Đăng Ký", "D2", [new DateOnly(2026, 1, 1)]));
        }

        await using var shell = await ShellProcess.StartAsync(installation);
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(shell.Url.ToString());
        await page.WaitForURLAsync("**/first-run");

        Assert.Contains("Công ty TNHH Đã Đăng Ký", await page.TextContentAsync("[data-testid=first-run-existing-company]"), StringComparison.Ordinal);
        Assert.Null(await page.QuerySelectorAsync("[data-testid=tax-code]"));
        await page.FillAsync("[data-testid=admin-username]", "admin");
        await page.FillAsync("[data-testid=admin-display-name]", "Trần Thị Quản Trị");
        await page.FillAsync("[data-testid=admin-password]", ShellPages.AdminPassword);
        await page.FillAsync("[data-testid=admin-password-confirm]", ShellPages.AdminPassword);
        await page.ClickAsync("[data-testid=first-run-submit]");
        await page.WaitForURLAsync("**/login");
        await ShellPages.LoginAsync(page, shell.Url);

        Assert.Contains("Công ty TNHH Đã Đăng Ký", await page.TextContentAsync("[data-testid=company-widget]"), StringComparison.Ordinal);
        await page.CloseAsync();
        await shell.DisposeAsync();
        await using var ledger = new LedgerStore(installation.StoreFile);
        Assert.Equal(companyId, Assert.Single(await ledger.CompaniesAsync()).Id);
    }

    [Fact]
    public async Task FirstRun_RegimeNotAllowedForYear_ExplainsAndWritesNothing()
    {
        await using var shell = await ShellProcess.StartAsync(installation);
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(shell.Url, "first-run").ToString());
        await page.FillAsync("[data-testid=admin-username]", "admin");
        await page.FillAsync("[data-testid=admin-password]", ShellPages.AdminPassword);
        await page.FillAsync("[data-testid=admin-password-confirm]", ShellPages.AdminPassword);
        await page.FillAsync("[data-testid=company-name]", "Công ty Y");
        await page.FillAsync("[data-testid=tax-code]", "0312345678");
        await page.SelectOptionAsync("[data-testid=regime]", "TT99");
        await page.FillAsync("[data-testid=fiscal-year]", "2025");
        await page.ClickAsync("[data-testid=first-run-submit]");

        Assert.Contains("TT99", await page.TextContentAsync("[data-testid=first-run-errors]"), StringComparison.Ordinal);
        await page.CloseAsync();
        await using var ledger = new LedgerStore(installation.StoreFile);
        Assert.Empty(await ledger.CompaniesAsync());
    }

    [Fact]
    public async Task FirstRun_BadTaxCode_ExplainsAndCreatesNoUser()
    {
        await using var shell = await ShellProcess.StartAsync(folder);
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(shell.Url, "first-run").ToString());
        await page.FillAsync("[data-testid=admin-username]", "admin");
        await page.FillAsync("[data-testid=admin-password]", ShellPages.AdminPassword);
        await page.FillAsync("[data-testid=admin-password-confirm]", ShellPages.AdminPassword);
        await page.FillAsync("[data-testid=company-name]", "Công ty X");
        await page.FillAsync("[data-testid=tax-code]", "12345");
        await page.ClickAsync("[data-testid=first-run-submit]");

        Assert.Contains("Mã số thuế", await page.TextContentAsync("[data-testid=first-run-errors]"), StringComparison.Ordinal);
        await page.GotoAsync(new Uri(shell.Url, "login").ToString());
        await page.WaitForURLAsync("**/first-run");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Session_IdleLongerThanTimeout_BackToLoginSaysExpired()
    {
        await using var shell = await ShellProcess.StartAsync(folder, "--session-minutes", "0.1");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await ShellPages.CompleteFirstRunAsync(page, shell.Url, demo: true);
        await ShellPages.LoginAsync(page, shell.Url);

        // 6 s idle timeout; the watcher checks every 1.5 s without sliding the session.
        await page.WaitForURLAsync("**/login?expired=1*", new PageWaitForURLOptions { Timeout = 20000 });

        Assert.NotNull(await page.QuerySelectorAsync("[data-testid=session-expired]"));
        await ShellPages.ScreenshotAsync(page, "04-session-expired");
        await page.GotoAsync(new Uri(shell.Url, "admin/modules").ToString());
        await page.WaitForURLAsync("**/login?ReturnUrl=*");
    }

    [Fact]
    public async Task SecondStart_SameDataFolder_HandsOverToRunningShellAndExitsZero()
    {
        await using var shell = await ShellProcess.StartAsync(folder);

        var (exitCode, output) = await ShellProcess.RunToExitAsync(folder);

        Assert.Equal(0, exitCode);
        Assert.Contains(AmisModular.Shell.Hosting.ShellProgram.ListeningPrefix + shell.Url, output, StringComparison.Ordinal);
    }
}
