using System.Net;
using Microsoft.Playwright;

namespace AmisModular.Shell.Tests.Browser;

/// <summary>One set-up shell (admin + demo company, a sample module, a not-licensed cash module) for these tests.</summary>
[Collection(BrowserTests.Name)]
public sealed class ShellFeatureTests(BrowserFixture browser, SetUpShellFixture shell) : IClassFixture<SetUpShellFixture>
{
    private async Task<(IBrowserContext Context, IPage Page)> SignedInAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await ShellPages.LoginAsync(page, shell.Url);
        return (context, page);
    }

    [Fact]
    public async Task BlazorScript_InProduction_Served()
    {
        using var http = new HttpClient { BaseAddress = shell.Url };

        using var script = await http.GetAsync(new Uri("_framework/blazor.web.js", UriKind.Relative));
        using var radzen = await http.GetAsync(new Uri("_content/Radzen.Blazor/Radzen.Blazor.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, radzen.StatusCode);
        Assert.Contains("Hosting environment: Production", shell.Shell.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModuleStaticFile_Embedded_ServedUnderModules_OthersNotFound()
    {
        using var http = new HttpClient { BaseAddress = shell.Url };

        using var css = await http.GetAsync(new Uri("_modules/sample/sample.css", UriKind.Relative));
        using var missing = await http.GetAsync(new Uri("_modules/sample/nothing.css", UriKind.Relative));
        using var notActive = await http.GetAsync(new Uri("_modules/cash/sample.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".sample-widget", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notActive.StatusCode);
    }

    [Fact]
    public async Task Shell_ListensOnLoopbackOnly()
    {
        Assert.Equal("127.0.0.1", shell.Url.Host);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task NotActiveModuleUrl_ShowsNotLicensedPageWithStateAndReason()
    {
        var (context, page) = await SignedInAsync();
        await using var _ = context;

        var response = await page.GotoAsync(new Uri(shell.Url, "cash/receipts/new").ToString());
        await ShellPages.WaitInteractiveAsync(page);

        Assert.NotEqual(404, response!.Status);
        Assert.Contains("Phân hệ chưa được cấp phép", await page.TextContentAsync("[data-testid=not-licensed] h1"), StringComparison.Ordinal);
        Assert.Equal("NotLicensed", await page.TextContentAsync("[data-testid=module-state]"));
        Assert.Equal(
            "giấy phép không bao gồm phân hệ 'cash' / module 'cash' is not in the licence",
            await page.TextContentAsync("[data-testid=module-reason]"));
        await ShellPages.ScreenshotAsync(page, "05-not-licensed");

        var missing = await page.GotoAsync(new Uri(shell.Url, "no-such-module/page").ToString());
        Assert.Equal(404, missing!.Status);
        Assert.NotNull(await page.QuerySelectorAsync("[data-testid=not-found]"));

        // An Active module's address with no such page is missing too, not a blank page.
        var noPage = await page.GotoAsync(new Uri(shell.Url, "sample/no-such-page").ToString());
        Assert.Equal(404, noPage!.Status);
        Assert.NotNull(await page.QuerySelectorAsync("[data-testid=not-found]"));
    }

    [Fact]
    public async Task ModulePage_RoutedFromModuleAssembly_WithMenuEntryAndWidget()
    {
        var (context, page) = await SignedInAsync();
        await using var _ = context;

        Assert.Equal("Tồn quỹ mẫu / Sample cash balance", await page.TextContentAsync("[data-testid=sample-widget]"));
        Assert.Null(await page.QuerySelectorAsync("[data-nav-key='cash.receipts']"));
        await page.ClickAsync("a[data-nav-key='sample.hello']");
        await page.WaitForURLAsync("**/sample/hello");

        Assert.Equal("Xin chào từ phân hệ mẫu", await page.TextContentAsync("[data-testid=sample-page]"));
        Assert.Equal("1.234.567", await page.TextContentAsync("[data-testid=sample-amount]"));
        await ShellPages.ScreenshotAsync(page, "06-module-page");
    }

    [Fact]
    public async Task LicenceUpload_TamperedFile_RefusedWithReason_OldLicenceKept()
    {
        var (context, page) = await SignedInAsync();
        await using var _ = context;
        var installed = await File.ReadAllTextAsync(shell.Installation.LicenceFile);

        // More seats than were signed: the signature no longer matches the content.
        var tampered = shell.Installation.IssueLicence("sample").Replace("\\\"seats\\\":5", "\\\"seats\\\":500", StringComparison.Ordinal);
        Assert.Contains("500", tampered, StringComparison.Ordinal);
        await page.GotoAsync(new Uri(shell.Url, "admin/licence").ToString());
        await ShellPages.WaitInteractiveAsync(page);
        Assert.Contains("LIC-SHELL-TEST", await page.TextContentAsync("[data-testid=licence-details]"), StringComparison.Ordinal);
        await page.SetInputFilesAsync("[data-testid=licence-file]", new FilePayload
        {
            Name = "tampered.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(tampered),
        });

        var message = await page.WaitForSelectorAsync("[data-testid=licence-message].error");
        Assert.Contains("SignatureInvalid", await message!.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("giấy phép cũ vẫn giữ nguyên", await message.TextContentAsync(), StringComparison.Ordinal);
        await ShellPages.ScreenshotAsync(page, "12-licence-refused");
        Assert.Equal(installed, await File.ReadAllTextAsync(shell.Installation.LicenceFile));
    }

    [Fact]
    public async Task Language_SwitchToEnglishAndBack_PersistsInCookie()
    {
        var (context, page) = await SignedInAsync();
        await using var _ = context;
        Assert.Equal("Bàn làm việc", await page.TextContentAsync("h1"));

        await page.ClickAsync("[data-testid=lang-en]");
        await page.WaitForSelectorAsync("h1:text('Dashboard')");
        await ShellPages.WaitInteractiveAsync(page);
        Assert.Equal("No sync host", await page.TextContentAsync("[data-testid=sync-state]"));
        await ShellPages.ScreenshotAsync(page, "07-dashboard-english");

        await page.ReloadAsync();
        Assert.Equal("Dashboard", await page.TextContentAsync("h1"));
        await ShellPages.WaitInteractiveAsync(page);
        await page.ClickAsync("[data-testid=lang-vi]");
        await page.WaitForSelectorAsync("h1:text('Bàn làm việc')");
    }

    [Fact]
    public async Task F1_OpensShortcutSheet_EscClosesIt()
    {
        var (context, page) = await SignedInAsync();
        await using var _ = context;

        await page.Keyboard.PressAsync("F1");
        var sheet = await page.WaitForSelectorAsync("[data-testid=shortcut-sheet]");
        var text = await sheet!.TextContentAsync();
        foreach (var expected in new[] { "Ctrl+N", "Thêm", "Ctrl+Shift+S", "Cất và thêm", "Ctrl+G", "Ghi sổ", "Ctrl+B", "Bỏ ghi", "F5", "Nạp", "F3", "F4", "Ctrl+Insert", "Ctrl+Delete", "Esc" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        await ShellPages.ScreenshotAsync(page, "08-shortcut-sheet");
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForSelectorAsync("[data-testid=shortcut-sheet]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
    }

    [Fact]
    public async Task SyncNow_WithoutSyncHost_SaysWhatToDo()
    {
        var (context, page) = await SignedInAsync();
        await using var _ = context;

        await page.ClickAsync("[data-testid=sync-now]");

        var message = await page.WaitForSelectorAsync("[data-testid=sync-message]");
        Assert.Contains("Chưa có dịch vụ đồng bộ", await message!.TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookSwitch_ToManagementBook_DashboardFollows()
    {
        var (context, page) = await SignedInAsync();
        await using var _ = context;

        await page.SelectOptionAsync("[data-testid=book]", "Internal");

        await page.WaitForSelectorAsync("[data-testid=company-widget] dd:text('Sổ quản trị')");
        await page.SelectOptionAsync("[data-testid=book]", "Tax");
        await page.WaitForSelectorAsync("[data-testid=company-widget] dd:text('Sổ tài chính')");
    }

    [Fact]
    public async Task AdminPages_ModulesUsersPeriods_Work()
    {
        var (context, page) = await SignedInAsync();
        await using var _ = context;

        await page.ClickAsync("a[data-nav-key='shell.admin.modules']");
        await page.WaitForURLAsync("**/admin/modules");
        await page.WaitForSelectorAsync("td:has-text('NotLicensed')");
        var rows = await page.Locator("[data-testid=modules-grid] tbody tr").AllInnerTextsAsync();
        Assert.Contains(rows, r => r.Contains("sample", StringComparison.Ordinal) && r.Contains("1.2.0", StringComparison.Ordinal) && r.Contains("Active", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("cash", StringComparison.Ordinal) && r.Contains("1.0.0", StringComparison.Ordinal)
            && r.Contains("NotLicensed", StringComparison.Ordinal) && r.Contains("module 'cash' is not in the licence", StringComparison.Ordinal));
        await ShellPages.ScreenshotAsync(page, "09-admin-modules");

        await page.ClickAsync("a[data-nav-key='shell.admin.users']");
        await page.WaitForSelectorAsync("[data-testid=new-username]");
        await page.FillAsync("[data-testid=new-username]", "xem1");
        await page.FillAsync("[data-testid=new-display-name]", "Người Xem");
        await page.FillAsync("[data-testid=new-password]", "xem-12345");
        await page.SelectOptionAsync("[data-testid=new-role]", "viewer");
        await page.ClickAsync("[data-testid=add-user]");
        await page.WaitForSelectorAsync("[data-testid=users-message]:has-text('xem1')");
        await page.WaitForSelectorAsync("td:has-text('Người Xem')");
        await ShellPages.ScreenshotAsync(page, "10-admin-users");

        var year = DateTime.Today.Year;
        await page.ClickAsync("a[data-nav-key='shell.admin.periods']");
        await page.FillAsync("[data-testid=lock-date]", $"{year}-03-31");
        await page.ClickAsync("[data-testid=lock]");
        await page.WaitForSelectorAsync($"[data-testid=locked-through] strong:text('31/03/{year}')");
        await ShellPages.ScreenshotAsync(page, "11-admin-periods");

        // The lock is the ledger's: January to March locked by admin, April open.
        await using (var ledger = new LedgerStore(shell.Installation.StoreFile))
        {
            var company = Assert.Single(await ledger.CompaniesAsync());
            var periods = await ledger.PeriodsAsync(company.Id);
            Assert.All(periods.Take(3), p => Assert.Equal((true, "admin"), (p.IsLocked, p.LockedBy)));
            Assert.All(periods.Skip(3), p => Assert.False(p.IsLocked));
        }

        // The viewer just created sees no administration of users and cannot lock periods.
        await using var viewerContext = await browser.Browser.NewContextAsync();
        var viewer = await viewerContext.NewPageAsync();
        await ShellPages.LoginAsync(viewer, shell.Url, "xem1", "xem-12345");
        Assert.Null(await viewer.QuerySelectorAsync("a[data-nav-key='shell.admin.users']"));
        await viewer.GotoAsync(new Uri(shell.Url, "admin/users").ToString());
        await viewer.WaitForSelectorAsync("[data-testid=forbidden]");
    }
}
