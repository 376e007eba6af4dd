using System.Globalization;
using Microsoft.Playwright;

namespace AmisModular.Shell.Tests.Browser;

/// <summary>The packaged Reports module inside the real shell: menu, trial balance, drill-down, PDF, document, widget.</summary>
[Collection(BrowserTests.Name)]
public sealed class ReportsPagesTests(BrowserFixture browser, ReportsShellFixture shell) : IClassFixture<ReportsShellFixture>
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private async Task<(IBrowserContext Context, IPage Page)> SignedInAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 }, AcceptDownloads = true, Locale = "vi-VN",
        });
        var page = await context.NewPageAsync();
        try
        {
            await ShellPages.LoginAsync(page, shell.Url);
        }
        catch (TimeoutException e)
        {
            await ShellPages.ScreenshotAsync(page, "2x-reports-login-failed");
            throw new TimeoutException(e.Message + "\nShell output:\n" + shell.Shell.Output, e);
        }

        return (context, page);
    }

    [Fact]
    public async Task Home_CashWidget_ShowsTheCashBalanceAndTheChart()
    {
        var (context, page) = await SignedInAsync();
        await using var _ = context;

        var balance = await page.WaitForSelectorAsync("[data-testid=cash-balance]");

        Assert.Equal((50_000_000m - ReportsShellFixture.Expense).ToString("N0", Vi), await balance!.TextContentAsync());
        await page.WaitForSelectorAsync("[data-testid=cash-widget] .rz-chart svg");
        await ShellPages.ScreenshotAsync(page, "20-reports-dashboard-widget");
    }

    [Fact]
    public async Task TrialBalance_FromMenu_DrillDownToLedger_DownloadPdf_OpenDocument()
    {
        var (context, page) = await SignedInAsync();
        await using var _ = context;

        await page.ClickAsync("a[data-nav-key='reports.trial-balance']");
        await page.WaitForURLAsync("**/reports/trial-balance");
        // The figure links below navigate through the circuit: a click before it is interactive is lost.
        await ShellPages.WaitInteractiveAsync(page);
        var expense = await page.WaitForSelectorAsync("tr[data-account='6421'] td:nth-child(5)");
        Assert.Equal("1.234.000", (await expense!.TextContentAsync())?.Trim());
        Assert.Equal("Bảng cân đối tài khoản", await page.TextContentAsync("h1"));
        Assert.Contains("50.000.000", await page.TextContentAsync("[data-testid=grand-total]"), StringComparison.Ordinal);
        Assert.Null(await page.QuerySelectorAsync("[data-testid=imbalance]"));
        await ShellPages.ScreenshotAsync(page, "21-reports-trial-balance");

        await ShellPages.ClickToAsync(page, "tr[data-account='1111'] td:nth-child(6) a[data-testid=figure]", "**/reports/general-ledger?account=1111*");
        var line = await page.WaitForSelectorAsync("[data-testid=general-ledger] a[data-testid=document-link]");
        Assert.Equal(shell.Voucher.TaxNumber, await line!.TextContentAsync());
        Assert.Contains("Mua văn phòng phẩm", await page.TextContentAsync("[data-testid=general-ledger]"), StringComparison.Ordinal);
        await ShellPages.ScreenshotAsync(page, "22-reports-general-ledger");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-pdf]"));
        var path = Path.Combine(TestPaths.Screenshots, "so-cai-1111.pdf");
        await download.SaveAsAsync(path);
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("%PDF-"u8.ToArray(), (await File.ReadAllBytesAsync(path))[..5]);

        await ShellPages.ClickToAsync(page, "[data-testid=general-ledger] a[data-testid=document-link]", $"**/reports/documents/{shell.Voucher.Id}");
        Assert.Equal("Mua văn phòng phẩm", await (await page.WaitForSelectorAsync("[data-testid=description]"))!.TextContentAsync());
        await ShellPages.ScreenshotAsync(page, "23-reports-document");
    }

    [Fact]
    public async Task GeneralLedger_TypePartOfAName_F5Reloads()
    {
        var (context, page) = await SignedInAsync();
        await using var _ = context;
        await page.ClickAsync("a[data-nav-key='reports.general-ledger']");
        await page.WaitForURLAsync("**/reports/general-ledger");
        await ShellPages.WaitInteractiveAsync(page);

        await page.FillAsync("[data-testid=account]", "chi phí quản lý");
        await page.PressAsync("[data-testid=account]", "Enter");

        await page.WaitForSelectorAsync("[data-testid=general-ledger][data-account='642']");
        Assert.Contains("1.234.000", await page.TextContentAsync("tr[data-row='period-total']"), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("F5");
        await page.WaitForSelectorAsync("[data-testid=general-ledger][data-account='642']");
        Assert.EndsWith("/reports/general-ledger", page.Url, StringComparison.Ordinal);
        await ShellPages.ScreenshotAsync(page, "24-reports-ledger-picker");
    }
}
