using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AmisModular.Shell.Tests.Browser.Cash;

/// <summary>
/// An accountant at the keyboard: a cash receipt entered, saved, posted and printed without the mouse, seen in the
/// list and the cash book, absent from the other book; a refused save shows the error on the field.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class CashVoucherKeyboardTests(BrowserFixture browser, CashShellFixture shell) : IClassFixture<CashShellFixture>
{
    private static readonly PageWaitForSelectorOptions Visible = new() { Timeout = 20000 };

    private static string Today => DateTime.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Receipt_KeyboardOnly_SavedPostedPrintedAndInCashBookOfItsBookOnly()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await ShellPages.LoginAsync(page, shell.Url);
        await page.WaitForSelectorAsync("[data-testid=cash-home-widget]", Visible);
        await ShellPages.ScreenshotAsync(page, "cash-01-home-widget");

        // The list, then Ctrl+N: a new receipt with the cursor in the date field.
        await OpenAsync(page, "cash/receipts");
        await page.WaitForSelectorAsync("[data-testid=voucher-table]", Visible);
        await page.Keyboard.PressAsync("Control+n");
        await WaitPathAsync(page, "/cash/receipts/new");
        await WaitFocusAsync(page, "voucher-date");

        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync(Today);
        await page.Keyboard.PressAsync("Tab");
        await WaitFocusAsync(page, "voucher-partner");
        await page.Keyboard.TypeAsync("anh duong", new KeyboardTypeOptions { Delay = 40 });
        await page.WaitForSelectorAsync("[data-testid=voucher-partner-list] li.active:has-text('KH001')", Visible);
        await page.Keyboard.PressAsync("Enter");
        await WaitFocusAsync(page, "voucher-person");
        Assert.Equal(CashShellFixture.CustomerName, await page.InputValueAsync("[data-testid=voucher-person]"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await WaitFocusAsync(page, "voucher-reason");
        await page.Keyboard.TypeAsync("Thu tiền hàng tháng 11", new KeyboardTypeOptions { Delay = 20 });
        await page.Keyboard.PressAsync("Enter");
        await WaitFocusAsync(page, "voucher-attached");
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("2");
        await page.Keyboard.PressAsync("Enter");
        await WaitFocusAsync(page, "line-0-description");
        Assert.Equal("Thu tiền hàng tháng 11", await page.InputValueAsync("[data-testid=line-0-description]"));
        await page.Keyboard.PressAsync("Enter");
        await WaitFocusAsync(page, "line-0-debit");
        Assert.Equal("1111", await page.InputValueAsync("[data-testid=line-0-debit]"));
        await page.Keyboard.PressAsync("Enter");
        await WaitFocusAsync(page, "line-0-credit");
        await page.Keyboard.TypeAsync("131", new KeyboardTypeOptions { Delay = 40 });
        await page.WaitForSelectorAsync("[data-testid=line-0-credit-list] li.active:has-text('131')", Visible);
        await page.Keyboard.PressAsync("Enter");
        await WaitFocusAsync(page, "line-0-amount");
        await page.Keyboard.TypeAsync("5000000");
        await ShellPages.ScreenshotAsync(page, "cash-02-receipt-typed");

        // Cất: numbered in the Tax book, still a draft, an outbox row waits to upload.
        await page.Keyboard.PressAsync("Control+s");
        await page.WaitForSelectorAsync("[data-testid=voucher-number]:has-text('PT00001')", Visible);
        Assert.Equal("Chưa ghi sổ", await page.TextContentAsync("[data-testid=voucher-status]"));
        Assert.Equal("5.000.000", await page.TextContentAsync("[data-testid=voucher-total]"));
        Assert.Matches("/cash/documents/[0-9a-f-]{36}$", page.Url);
        var pending = await page.WaitForSelectorAsync("[data-testid=pending-upload]", Visible);
        Assert.True(int.Parse(DigitsPattern().Match(await pending!.TextContentAsync() ?? "").Value, CultureInfo.InvariantCulture) > 0);
        Assert.Equal("Chưa có dịch vụ đồng bộ", await page.TextContentAsync("[data-testid=sync-state]"));

        // Ghi sổ: posted and read-only.
        await page.Keyboard.PressAsync("Control+g");
        await page.WaitForSelectorAsync("[data-testid=voucher-status]:has-text('Đã ghi sổ')", Visible);
        Assert.NotNull(await page.GetAttributeAsync("[data-testid=voucher-reason]", "readonly"));
        await ShellPages.ScreenshotAsync(page, "cash-03-receipt-posted");

        // In: the preview shows the 01-TT PDF.
        await page.Keyboard.PressAsync("Control+p");
        await page.WaitForSelectorAsync("[data-testid=print-frame][src^='blob:']", Visible);
        var pdf = await page.EvaluateAsync<string[]>(
            "async () => { const r = await fetch(document.querySelector('[data-testid=print-frame]').src); const b = new Uint8Array(await r.arrayBuffer()); return [r.headers.get('content-type'), String.fromCharCode(...b.slice(0, 5)), String(b.length)]; }");
        Assert.Equal("application/pdf", pdf[0]);
        Assert.Equal("%PDF-", pdf[1]);
        Assert.True(int.Parse(pdf[2], CultureInfo.InvariantCulture) > 1000);
        Assert.Equal("PT00001.pdf", await page.GetAttributeAsync("[data-testid=print-download]", "download"));
        await page.WaitForTimeoutAsync(500);
        await ShellPages.ScreenshotAsync(page, "cash-04-print-preview");
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForSelectorAsync("[data-testid=print-preview]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });

        // The list and the cash book of the Tax book show it, with the till's running balance.
        await OpenAsync(page, "cash/receipts");
        var row = await page.WaitForSelectorAsync("[data-testid=voucher-row][data-number=PT00001]", Visible);
        var rowText = await row!.InnerTextAsync();
        Assert.Contains("5.000.000", rowText, StringComparison.Ordinal);
        Assert.Contains("Đã ghi sổ", rowText, StringComparison.Ordinal);
        Assert.Contains(CashShellFixture.CustomerName, rowText, StringComparison.Ordinal);
        await ShellPages.ScreenshotAsync(page, "cash-05-receipts-list");

        await OpenAsync(page, "cash/book");
        var bookRow = await page.WaitForSelectorAsync("[data-testid=book-row][data-number=PT00001]", Visible);
        Assert.Equal("5.000.000", await (await bookRow!.QuerySelectorAsync("[data-testid=book-in]"))!.TextContentAsync());
        Assert.Equal("5.000.000", await (await bookRow.QuerySelectorAsync("[data-testid=book-balance]"))!.TextContentAsync());
        Assert.Equal("131", await (await bookRow.QuerySelectorAsync("td:nth-child(6)"))!.TextContentAsync());
        Assert.Equal("0", await page.TextContentAsync("[data-testid=book-opening]"));
        Assert.Equal("5.000.000", await page.TextContentAsync("[data-testid=book-closing]"));
        await ShellPages.ScreenshotAsync(page, "cash-06-cash-book");

        // Sổ quản trị: the receipt was entered in the Tax book only.
        try
        {
            await page.SelectOptionAsync("[data-testid=book]", "Internal");
            await page.WaitForSelectorAsync("[data-testid=cash-book-book]:has-text('Sổ quản trị')", Visible);
            await page.WaitForSelectorAsync("[data-testid=book-closing]:has-text('0')", Visible);
            Assert.Empty(await page.QuerySelectorAllAsync("[data-testid=book-row]"));
            await ShellPages.ScreenshotAsync(page, "cash-07-cash-book-internal");
            await OpenAsync(page, "cash/receipts");
            await page.WaitForSelectorAsync("[data-testid=list-empty]", Visible);
            Assert.Equal("Sổ quản trị", await page.TextContentAsync("[data-testid=list-book]"));
        }
        finally
        {
            await page.SelectOptionAsync("[data-testid=book]", "Tax");
            await page.WaitForSelectorAsync("[data-testid=list-book]:has-text('Sổ tài chính')", Visible);
        }
    }

    [Fact]
    public async Task Receipt_EmptyReasonAndNoAmount_ErrorsOnTheFieldsInVietnamese_NothingSaved()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await ShellPages.LoginAsync(page, shell.Url);
        var before = await shell.CashVoucherCountAsync();

        await OpenAsync(page, "cash/receipts/new");
        await WaitFocusAsync(page, "voucher-date");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Nguyễn Văn An");
        await page.Keyboard.PressAsync("Control+s");

        await page.WaitForSelectorAsync("[data-testid=error-voucher-reason]", Visible);
        Assert.Equal("Lý do nộp là bắt buộc.", await page.TextContentAsync("[data-testid=error-voucher-reason]"));
        Assert.Equal("Số tiền phải lớn hơn 0.", await page.TextContentAsync("[data-testid=error-line-0-amount]"));
        Assert.Equal("TK Có là bắt buộc.", await page.TextContentAsync("[data-testid=error-line-0-credit]"));
        Assert.Contains("invalid", await page.GetAttributeAsync("[data-testid=voucher-reason]", "class") ?? "", StringComparison.Ordinal);
        Assert.Empty(await page.QuerySelectorAllAsync("[data-testid=error-voucher-person]"));
        Assert.Equal("(số tự động khi cất)", await page.TextContentAsync("[data-testid=voucher-number]"));
        await WaitFocusAsync(page, "voucher-reason");
        await ShellPages.ScreenshotAsync(page, "cash-08-validation");
        Assert.Equal(before, await shell.CashVoucherCountAsync());

        // Esc on a changed voucher asks first; Esc again goes back to it; Enter on "close without saving" leaves.
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForSelectorAsync("[data-testid=confirm-dialog]", Visible);
        await ShellPages.ScreenshotAsync(page, "cash-09-discard");
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForSelectorAsync("[data-testid=confirm-dialog]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForSelectorAsync("[data-testid=confirm-yes]", Visible);
        await WaitFocusAsync(page, "confirm-yes");
        await page.Keyboard.PressAsync("Enter");
        await WaitPathAsync(page, "/cash/receipts");
        Assert.Equal(before, await shell.CashVoucherCountAsync());
    }

    [Fact]
    public async Task Payment_SaveAndNew_NumbersPC00001AndStartsAnEmptyVoucher()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await ShellPages.LoginAsync(page, shell.Url);
        await OpenAsync(page, "cash/payments/new");
        await WaitFocusAsync(page, "voucher-date");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Lê Thị Hoa");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Tạm ứng công tác");
        await page.Keyboard.PressAsync("Enter");
        await WaitFocusAsync(page, "voucher-attached");
        await page.Keyboard.PressAsync("Enter");
        await WaitFocusAsync(page, "line-0-description");
        Assert.Equal("Tạm ứng công tác", await page.InputValueAsync("[data-testid=line-0-description]"));
        await page.Keyboard.PressAsync("Enter");
        await WaitFocusAsync(page, "line-0-debit");
        await page.Keyboard.TypeAsync("141", new KeyboardTypeOptions { Delay = 40 });
        await page.WaitForSelectorAsync("[data-testid=line-0-debit-list] li.active:has-text('141')", Visible);
        await page.Keyboard.PressAsync("Enter");
        await WaitFocusAsync(page, "line-0-credit");
        Assert.Equal("1111", await page.InputValueAsync("[data-testid=line-0-credit]"));
        await page.Keyboard.PressAsync("Enter");
        await WaitFocusAsync(page, "line-0-amount");
        await page.Keyboard.TypeAsync("300000");
        await page.Keyboard.PressAsync("Enter");
        await WaitFocusAsync(page, "line-1-description");
        await page.Keyboard.PressAsync("Control+Delete");
        await page.WaitForSelectorAsync("[data-testid=line-1]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });

        await page.Keyboard.PressAsync("Control+Shift+S");
        await page.WaitForSelectorAsync("[data-testid=voucher-message]:has-text('PC00001')", Visible);
        Assert.Equal("(số tự động khi cất)", await page.TextContentAsync("[data-testid=voucher-number]"));
        Assert.Equal("", await page.InputValueAsync("[data-testid=voucher-reason]"));
        await WaitFocusAsync(page, "voucher-date");
        Assert.EndsWith("/cash/payments/new", page.Url, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("F1");
        await page.WaitForSelectorAsync("[data-testid=shortcut-sheet]:has-text('Ctrl+Shift+S')", Visible);
        await ShellPages.ScreenshotAsync(page, "cash-10-shortcuts");
    }

    private async Task<IBrowserContext> NewContextAsync() =>
        await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 860 }, Locale = "vi-VN" });

    private async Task OpenAsync(IPage page, string relative)
    {
        await page.GotoAsync(new Uri(shell.Url, relative).ToString());
        await ShellPages.WaitInteractiveAsync(page);
    }

    /// <summary>Blazor navigates inside the page (history API): wait for the path, not for a load.</summary>
    internal static async Task WaitPathAsync(IPage page, string path) =>
        await page.WaitForFunctionAsync($"() => location.pathname === '{path}'", null, new PageWaitForFunctionOptions { Timeout = 15000 });

    internal static async Task WaitFocusAsync(IPage page, string testId) =>
        await page.WaitForFunctionAsync($"() => document.activeElement && document.activeElement.dataset.testid === '{testId}'", null, new PageWaitForFunctionOptions { Timeout = 15000 });

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsPattern();
}
