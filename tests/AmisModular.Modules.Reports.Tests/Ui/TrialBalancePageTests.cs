using System.Globalization;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Modularity.Abstractions.Keyboard;
using AmisModular.Modules.Reports.Tests.Support;
using AmisModular.Modules.Reports.Ui.Pages;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Components;
using static AmisModular.Modules.Reports.Tests.Support.ReportsHost;

namespace AmisModular.Modules.Reports.Tests.Ui;

/// <summary>The trial balance page over the worked month (January 2026, Tax book), "today" 20/01/2026.</summary>
public sealed class TrialBalancePageTests(WorkedMonthFixture month) : UiTestContext, IClassFixture<WorkedMonthFixture>
{
    private IRenderedComponent<TrialBalancePage> RenderPage()
    {
        UseHost(month.Host, D("2026-01-20"));
        var page = Render<TrialBalancePage>();
        page.WaitForElement("[data-testid=trial-balance]");
        return page;
    }

    private static string[] Cells(IRenderedComponent<TrialBalancePage> page, string selector) =>
        [.. page.Find(selector).QuerySelectorAll("td").Select(td => td.TextContent.Trim())];

    [Fact]
    public void Render_WorkedMonth_DefaultRangeIsTheCurrentMonthAndRowsInViVnFormat()
    {
        var page = RenderPage();

        Assert.Equal("2026-01-01", page.Find("[data-testid=from]").GetAttribute("value"));
        Assert.Equal("2026-01-31", page.Find("[data-testid=to]").GetAttribute("value"));
        Assert.Equal("Sổ tài chính", page.Find("[data-testid=report-book]").TextContent);
        // 1111: opening 100,000,000; period Dr 22 + 25 = 47 million, Cr 30 million (the 3 million is Internal only).
        Assert.Equal(["1111", "Tiền Việt Nam", "100.000.000", "", "47.000.000", "30.000.000", "117.000.000", ""],
            Cells(page, "tr[data-account='1111']"));
        Assert.Contains("parent", page.Find("tr[data-account='111']").ClassName, StringComparison.Ordinal);
        Assert.Contains("detail", page.Find("tr[data-account='1111']").ClassName, StringComparison.Ordinal);
        Assert.Equal(["", "Tổng cộng", "698.000.000", "698.000.000", "310.300.000", "310.300.000"],
            Cells(page, "[data-testid=grand-total]").Take(6));
        Assert.Empty(page.FindAll("[data-testid=imbalance]"));
    }

    [Fact]
    public void Render_TwoSidedAccount_GrossByPartnerAndPartnerRowsOnRequest()
    {
        var page = RenderPage();

        // 131: A owes 30 - 25 = 5 million (Dr), B: 5 million advance - 3.3 million sale = 1.7 million (Cr).
        var cells = Cells(page, "tr[data-account='131']");
        Assert.Equal(["30.000.000", "5.000.000", "3.300.000", "25.000.000", "5.000.000", "1.700.000"], cells[2..]);
        Assert.Contains("dư hai bên", cells[1], StringComparison.Ordinal);
        Assert.Empty(page.FindAll("tr.partner"));

        page.Find("[data-testid=show-partners]").Change(true);

        Assert.Equal(2, page.FindAll("tr.partner[data-account='131']").Count);
        Assert.Contains("Công ty An Phát", page.Find("tr.partner[data-partner='KH-A']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ClickFigure_AccountRow_NavigatesToItsLedgerForTheRange()
    {
        var page = RenderPage();

        page.Find("tr[data-account='1111'] a[data-testid=figure]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        Assert.EndsWith("/reports/general-ledger?account=1111&from=2026-01-01&to=2026-01-31", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void ClickFigure_PartnerRow_LedgerFilteredByThePartner()
    {
        var page = RenderPage();
        page.Find("[data-testid=show-partners]").Change(true);

        page.Find("tr.partner[data-partner='KH-A'] a[data-testid=figure]").Click();

        var uri = Services.GetRequiredService<NavigationManager>().Uri;
        Assert.EndsWith($"/reports/general-ledger?account=131&from=2026-01-01&to=2026-01-31&partner={month.A.Id}", uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OtherRange_RowsFollow_BadRangeShowsTheReason()
    {
        var page = RenderPage();

        page.Find("[data-testid=from]").Change("2026-02-01");
        page.Find("[data-testid=to]").Change("2026-02-28");
        page.Find("form").Submit();

        // February: only A's bank transfer of 5 million.
        page.WaitForAssertion(() => Assert.Equal("5.000.000", Cells(page, "tr[data-account='11212']")[4]));
        Assert.Equal("117.000.000", Cells(page, "tr[data-account='1111']")[2]);

        page.Find("[data-testid=from]").Change("2026-03-01");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal("Từ ngày phải nhỏ hơn hoặc bằng đến ngày.", page.Find("[data-testid=report-error]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=trial-balance]"));
    }

    [Fact]
    public void Render_EnglishUi_TitlesSwitchNumbersStayViVn()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

        var page = RenderPage();

        Assert.Equal("Trial balance", page.Find("h1").TextContent);
        Assert.Equal("Total", Cells(page, "[data-testid=grand-total]")[1]);
        Assert.Equal("698.000.000", Cells(page, "[data-testid=grand-total]")[2]);
    }
}
