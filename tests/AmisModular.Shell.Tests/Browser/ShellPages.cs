using Microsoft.Playwright;

namespace AmisModular.Shell.Tests.Browser;

/// <summary>The steps a person takes, written once.</summary>
internal static class ShellPages
{
    public const string AdminPassword = "Mat-khau-123";

    public static async Task CompleteFirstRunAsync(IPage page, Uri url, bool demo)
    {
        await page.GotoAsync(url.ToString());
        await page.WaitForURLAsync("**/first-run");
        await page.FillAsync("[data-testid=admin-username]", "admin");
        await page.FillAsync("[data-testid=admin-display-name]", "Trần Thị Quản Trị");
        await page.FillAsync("[data-testid=admin-password]", AdminPassword);
        await page.FillAsync("[data-testid=admin-password-confirm]", AdminPassword);
        if (demo)
        {
            await page.CheckAsync("[data-testid=use-demo]");
        }
        else
        {
            await page.FillAsync("[data-testid=company-name]", "Công ty TNHH Hoa Sen");
            await page.FillAsync("[data-testid=tax-code]", "0312345678");
            await page.SelectOptionAsync("[data-testid=regime]", "TT200");
            await page.FillAsync("[data-testid=fiscal-year]", "2025");
            await page.CheckAsync("[data-testid=use-internal-book]");
        }

        await page.ClickAsync("[data-testid=first-run-submit]");
        await page.WaitForURLAsync("**/login");
    }

    public static async Task LoginAsync(IPage page, Uri url, string userName = "admin", string password = AdminPassword)
    {
        if (!page.Url.Contains("/login", StringComparison.Ordinal))
        {
            await page.GotoAsync(new Uri(url, "login").ToString());
        }

        await page.FillAsync("[data-testid=username]", userName);
        await page.FillAsync("[data-testid=password]", password);
        await page.ClickAsync("[data-testid=login]");
        await WaitInteractiveAsync(page);
    }

    /// <summary>A click on the prerendered page before the circuit is up is lost: wait for the shell's marker.</summary>
    public static Task WaitInteractiveAsync(IPage page) =>
        page.WaitForSelectorAsync("body[data-interactive=true]", new PageWaitForSelectorOptions { Timeout = 30000 });

    /// <summary>
    /// Clicks a link that navigates through the circuit and waits for the URL. A report page renders its rows again
    /// when its data reloads after the circuit starts; a click that lands on the row being replaced reaches a handler
    /// that no longer exists and is dropped, so the click is repeated (a person would click again too).
    /// </summary>
    public static async Task ClickToAsync(IPage page, string selector, string urlGlob)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.ClickAsync(selector);
            try
            {
                await page.WaitForURLAsync(urlGlob, new PageWaitForURLOptions { Timeout = 10000, WaitUntil = WaitUntilState.Commit });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // The link is gone, so the click was not dropped: the page is moving on, only slower than the wait
                // (a loaded machine). Wait for it; clicking again would find nothing to click.
                if (await page.QuerySelectorAsync(selector) is null)
                {
                    await page.WaitForURLAsync(urlGlob, new PageWaitForURLOptions { Timeout = 30000, WaitUntil = WaitUntilState.Commit });
                    return;
                }

                // the click was dropped: try again
            }
        }
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Screenshots, name + ".png"), FullPage = true });
}
