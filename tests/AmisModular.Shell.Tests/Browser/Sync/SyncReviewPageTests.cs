using AmisModular.Storage.Outbox;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using Microsoft.Playwright;

namespace AmisModular.Shell.Tests.Browser.Sync;

/// <summary>
/// Quản trị › Xung đột đồng bộ in the real shell process and Chromium, over a store holding a conflict and a refused
/// posted voucher (no sync host running: the status bar counts them from the store). Reached from the status bar's
/// count; "keep mine" queues my version over the server's; "discard" asks first, says what it does to the ledger,
/// then takes the voucher and its journal off this device; both are audited with the signed-in user.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SyncReviewPageTests(BrowserFixture browser, SetUpShellFixture shell) : IClassFixture<SetUpShellFixture>
{
    private static readonly PageWaitForSelectorOptions Visible = new() { Timeout = 20000 };

    [Fact]
    public async Task Review_FromStatusBar_KeepMineAndDiscardAreSettledAndAudited()
    {
        await using var store = SyncReviewStore.Open(shell.Installation.StoreFile, shell.DataDirectory);
        var (conflict, parked) = await store.SeedAsync();
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 }, Locale = "vi-VN",
        });
        var page = await context.NewPageAsync();
        await ShellPages.LoginAsync(page, shell.Url);

        await page.WaitForSelectorAsync("[data-testid=conflicts]:has-text('2')", Visible);
        await page.WaitForSelectorAsync("[data-testid=parked]:has-text('2')", Visible);
        await ShellPages.ClickToAsync(page, "[data-testid=conflicts]", "**/admin/sync-review");
        await ShellPages.WaitInteractiveAsync(page);
        var row = await page.WaitForSelectorAsync($"[data-testid=conflict][data-document='{conflict}']", Visible);
        Assert.Equal("700.000", (await (await row!.QuerySelectorAsync("[data-testid=mine-amount]"))!.TextContentAsync())?.Trim());
        Assert.Equal("600.000", (await (await row.QuerySelectorAsync("[data-testid=server-amount]"))!.TextContentAsync())?.Trim());
        await page.ClickAsync("[data-testid=compare]");
        var description = await page.WaitForSelectorAsync("[data-testid=field][data-field=description]", Visible);
        Assert.Equal("true", await description!.GetAttributeAsync("data-differs"));
        Assert.Equal("Bản của tôi", await (await description.QuerySelectorAsync("[data-testid=field-mine]"))!.TextContentAsync());
        Assert.Equal("Bản máy chủ", await (await description.QuerySelectorAsync("[data-testid=field-server]"))!.TextContentAsync());
        var refused = await page.WaitForSelectorAsync($"[data-testid=parked][data-document='{parked}']", Visible);
        Assert.Equal(RejectionCodes.PeriodNotOpen, await (await refused!.QuerySelectorAsync("[data-testid=parked-rule]"))!.TextContentAsync());
        Assert.Contains("Ngày hạch toán", await (await refused.QuerySelectorAsync("[data-testid=parked-field]"))!.TextContentAsync(), StringComparison.Ordinal);
        Assert.Null(await refused.QuerySelectorAsync("[data-testid=correct]"));
        await ShellPages.ScreenshotAsync(page, "sync-review-01-list");

        await page.ClickAsync("[data-testid=keep-mine]");
        await page.WaitForSelectorAsync("[data-testid=review-message]:has-text('giữ bản của máy này')", Visible);
        await page.WaitForSelectorAsync("[data-testid=conflict]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached, Timeout = 20000 });

        await page.ClickAsync("[data-testid=discard]");
        var effect = await page.WaitForSelectorAsync("[data-testid=discard-effect]", Visible);
        Assert.Contains("sổ cái", await effect!.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await store.VouchersAsync()).Count);
        await ShellPages.ScreenshotAsync(page, "sync-review-02-discard-confirm");
        await page.ClickAsync("[data-testid=discard-yes]");
        await page.WaitForSelectorAsync("[data-testid=review-empty]", Visible);
        await page.WaitForSelectorAsync("[data-testid=conflicts]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached, Timeout = 20000 });

        var outbox = await store.OutboxAsync();
        var resent = outbox[^1];
        Assert.Equal((conflict, 2L, OutboxState.Pending), (resent.DocumentId, resent.BaseVersion, resent.State));
        Assert.Contains("Bản của tôi", resent.Payload, StringComparison.Ordinal);
        Assert.All(outbox.Where(m => m.Seq is 2 or 3), m => Assert.StartsWith($"[{RejectionCodes.Settled}] admin", m.Reason, StringComparison.Ordinal));
        var vouchers = await store.VouchersAsync();
        Assert.Equal([conflict], vouchers.Select(v => v.Id));
        Assert.Equal("Bản của tôi", vouchers[0].Description);
        var audit = (await store.NoticesAsync()).Where(n => n.Kind == SyncNotice.Settled).OrderBy(n => n.Id).ToList();
        Assert.Equal([conflict, parked], audit.Select(n => n.DocumentId!.Value));
        Assert.All(audit, n => Assert.StartsWith("admin ", n.Message, StringComparison.Ordinal));
    }
}
