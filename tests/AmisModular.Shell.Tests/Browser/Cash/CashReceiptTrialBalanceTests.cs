using System.Globalization;
using Microsoft.Playwright;

namespace AmisModular.Shell.Tests.Browser.Cash;

/// <summary>
/// Quỹ and Báo cáo together: a receipt typed, saved and posted with the keyboard only (Nợ 1111 / Có 131 KH001,
/// 7.500.000) shows in the Tax book's trial balance of its month, balanced, and not in the Internal book's.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class CashReceiptTrialBalanceTests(BrowserFixture browser, CashAndReportsShellFixture shell) : IClassFixture<CashAndReportsShellFixture>
{
    private const string Amount = "7.500.000";
    private const string PeriodDebit = "td:nth-child(5)";
    private const string PeriodCredit = "td:nth-child(6)";
    private static readonly PageWaitForSelectorOptions Visible = new() { Timeout = 20000 };

    [Fact]
    public async Task Receipt_KeyboardOnly_PostedThenInTrialBalanceOfItsMonthAndBookOnly()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 }, Locale = "vi-VN",
        });
        var page = await context.NewPageAsync();
        await ShellPages.LoginAsync(page, shell.Url);
        var today = DateOnly.FromDateTime(DateTime.Today);

        await EnterAndPostReceiptAsync(page, today);

        // Báo cáo › Bảng cân đối tài khoản for the receipt's month, Tax book (the book it was entered in).
        var month = new DateOnly(today.Year, today.Month, 1);
        var range = $"from={month:yyyy-MM-dd}&to={month.AddMonths(1).AddDays(-1):yyyy-MM-dd}";
        await page.GotoAsync(new Uri(shell.Url, "reports/trial-balance?" + range).ToString());
        await ShellPages.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync(".report-heading:has-text('Sổ tài chính')", Visible);
        var cash = await page.WaitForSelectorAsync("tr[data-account='1111']", Visible);
        Assert.Equal(Amount, await CellAsync(cash!, PeriodDebit));
        Assert.Equal("", await CellAsync(cash!, PeriodCredit));
        var receivable = await page.WaitForSelectorAsync("tr[data-account='131']", Visible);
        Assert.Equal(Amount, await CellAsync(receivable!, PeriodCredit));
        Assert.Equal("", await CellAsync(receivable!, PeriodDebit));
        var total = (await page.QuerySelectorAsync("[data-testid=grand-total]"))!;
        Assert.Equal(await CellAsync(total, PeriodDebit), await CellAsync(total, PeriodCredit));
        Assert.Equal(Amount, await CellAsync(total, PeriodDebit));
        Assert.Null(await page.QuerySelectorAsync("[data-testid=imbalance]"));
        await ShellPages.ScreenshotAsync(page, "cash-tb-02-trial-balance-tax");

        // Sổ quản trị: the page runs again for the other book, where the receipt was never entered.
        await page.SelectOptionAsync("[data-testid=book]", "Internal");
        await page.WaitForSelectorAsync(".report-heading:has-text('Sổ quản trị')", Visible);
        Assert.Equal("Sổ quản trị", await page.TextContentAsync("[data-testid=report-book]"));
        var internalTable = await page.InnerTextAsync("[data-testid=trial-balance]");
        Assert.DoesNotContain(Amount, internalTable, StringComparison.Ordinal);
        var internalCash = await page.QuerySelectorAsync("tr[data-account='1111']");
        if (internalCash is not null)
        {
            Assert.Equal("", await CellAsync(internalCash, PeriodDebit));
        }

        var internalTotal = (await page.QuerySelectorAsync("[data-testid=grand-total]"))!;
        Assert.Equal(await CellAsync(internalTotal, PeriodDebit), await CellAsync(internalTotal, PeriodCredit));
        await ShellPages.ScreenshotAsync(page, "cash-tb-03-trial-balance-internal");
    }

    /// <summary>The keys an accountant presses: Ctrl+N, date, partner picker, reason, 131, amount, Ctrl+S, Ctrl+G, Ctrl+P.</summary>
    private async Task EnterAndPostReceiptAsync(IPage page, DateOnly date)
    {
        await page.GotoAsync(new Uri(shell.Url, "cash/receipts").ToString());
        await ShellPages.WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=voucher-table]", Visible);
        await page.Keyboard.PressAsync("Control+n");
        await CashVoucherKeyboardTests.WaitPathAsync(page, "/cash/receipts/new");
        await CashVoucherKeyboardTests.WaitFocusAsync(page, "voucher-date");
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.Keyboard.PressAsync("Tab");
        await CashVoucherKeyboardTests.WaitFocusAsync(page, "voucher-partner");
        await page.Keyboard.TypeAsync("anh duong", new KeyboardTypeOptions { Delay = 40 });
        await page.WaitForSelectorAsync($"[data-testid=voucher-partner-list] li.active:has-text('{CashShellFixture.CustomerCode}')", Visible);
        await page.Keyboard.PressAsync("Enter");
        await CashVoucherKeyboardTests.WaitFocusAsync(page, "voucher-person");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await CashVoucherKeyboardTests.WaitFocusAsync(page, "voucher-reason");
        await page.Keyboard.TypeAsync("Thu nợ tiền hàng", new KeyboardTypeOptions { Delay = 20 });
        await page.Keyboard.PressAsync("Enter");
        await CashVoucherKeyboardTests.WaitFocusAsync(page, "voucher-attached");
        await page.Keyboard.PressAsync("Enter");
        await CashVoucherKeyboardTests.WaitFocusAsync(page, "line-0-description");
        await page.Keyboard.PressAsync("Enter");
        await CashVoucherKeyboardTests.WaitFocusAsync(page, "line-0-debit");
        Assert.Equal("1111", await page.InputValueAsync("[data-testid=line-0-debit]"));
        await page.Keyboard.PressAsync("Enter");
        await CashVoucherKeyboardTests.WaitFocusAsync(page, "line-0-credit");
        await page.Keyboard.TypeAsync("131", new KeyboardTypeOptions { Delay = 40 });
        await page.WaitForSelectorAsync("[data-testid=line-0-credit-list] li.active:has-text('131')", Visible);
        await page.Keyboard.PressAsync("Enter");
        await CashVoucherKeyboardTests.WaitFocusAsync(page, "line-0-amount");
        await page.Keyboard.TypeAsync("7500000");

        await page.Keyboard.PressAsync("Control+s");
        await page.WaitForSelectorAsync("[data-testid=voucher-number]:has-text('PT00001')", Visible);
        Assert.Equal(Amount, await page.TextContentAsync("[data-testid=voucher-total]"));
        await page.Keyboard.PressAsync("Control+g");
        await page.WaitForSelectorAsync("[data-testid=voucher-status]:has-text('Đã ghi sổ')", Visible);
        await page.Keyboard.PressAsync("Control+p");
        await page.WaitForSelectorAsync("[data-testid=print-frame][src^='blob:']", Visible);
        Assert.Equal("PT00001.pdf", await page.GetAttributeAsync("[data-testid=print-download]", "download"));
        Assert.Equal("%PDF-", await page.EvaluateAsync<string>(
            "async () => { const r = await fetch(document.querySelector('[data-testid=print-frame]').src); return String.fromCharCode(...new Uint8Array(await r.arrayBuffer()).slice(0, 5)); }"));
        await ShellPages.ScreenshotAsync(page, "cash-tb-01-receipt-printed");
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForSelectorAsync("[data-testid=print-preview]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });

        await page.GotoAsync(new Uri(shell.Url, "cash/book").ToString());
        await ShellPages.WaitInteractiveAsync(page);
        var bookRow = await page.WaitForSelectorAsync("[data-testid=book-row][data-number=PT00001]", Visible);
        Assert.Equal(Amount, await (await bookRow!.QuerySelectorAsync("[data-testid=book-in]"))!.TextContentAsync());
    }

    private static async Task<string> CellAsync(IElementHandle row, string cell) =>
        ((await (await row.QuerySelectorAsync(cell))!.TextContentAsync()) ?? "").Trim();
}
