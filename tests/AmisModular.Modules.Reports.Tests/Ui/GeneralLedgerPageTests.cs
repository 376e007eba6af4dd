using AmisModular.Modules.Reports.Tests.Support;
using AmisModular.Modules.Reports.Ui.Pages;
using AmisModular.Modules.Reports.Ui.Widgets;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Components;
using static AmisModular.Modules.Reports.Tests.Support.ReportsHost;

namespace AmisModular.Modules.Reports.Tests.Ui;

/// <summary>The ledger page reached by drill-down, the core document page, the dashboard widget; worked month.</summary>
public sealed class GeneralLedgerPageTests(WorkedMonthFixture month) : UiTestContext, IClassFixture<WorkedMonthFixture>
{
    private IRenderedComponent<GeneralLedgerPage> OpenLedger(string query)
    {
        UseHost(month.Host, D("2026-01-20"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("reports/general-ledger?" + query);
        var page = Render<GeneralLedgerPage>();
        page.WaitForElement("[data-testid=general-ledger]");
        return page;
    }

    private static string[] Row(IRenderedComponent<GeneralLedgerPage> page, string row) =>
        [.. page.Find($"tr[data-row='{row}']").QuerySelectorAll("td").Select(td => td.TextContent.Trim())];

    [Fact]
    public void Open_FromPartnerFigure_OnlyThatPartnersLinesAndBalances()
    {
        var page = OpenLedger($"account=131&from=2026-01-01&to=2026-01-31&partner={month.A.Id}");

        Assert.Equal("131 - Phải thu của khách hàng", page.Find("[data-testid=account]").GetAttribute("value"));
        Assert.Contains("KH-A", page.Find("[data-testid=partner]").TextContent, StringComparison.Ordinal);
        var lines = page.FindAll("[data-testid=general-ledger] tbody tr:not(.summary)");
        var line = Assert.Single(lines);
        Assert.Contains("Khách hàng A trả nợ", line.TextContent, StringComparison.Ordinal);
        Assert.Equal("30.000.000", Row(page, "opening")[6]);
        Assert.Equal("5.000.000", Row(page, "closing")[6]);
    }

    [Fact]
    public void Open_AccountOnly_AllLinesAndDocumentLinksToTheCoreVoucherPage()
    {
        var page = OpenLedger("account=1111&from=2026-01-01&to=2026-01-31");

        Assert.Equal(4, page.FindAll("[data-testid=general-ledger] tbody tr:not(.summary)").Count);
        Assert.Equal(["47.000.000", "30.000.000"], Row(page, "period-total")[6..]);
        var href = page.Find("a[data-testid=document-link]").GetAttribute("href");
        Assert.Equal("NVK00001", page.Find("a[data-testid=document-link]").TextContent);
        Assert.Matches("^reports/documents/[0-9a-f-]{36}$", href);

        page.Find("a[data-testid=document-link]").Click();

        Assert.EndsWith("/" + href, Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void TypePartOfName_Run_PicksTheAccount()
    {
        var page = OpenLedger("account=1111&from=2026-01-01&to=2026-01-31");

        page.Find("[data-testid=account]").Change("trả cho người bán");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal("331", page.Find("[data-testid=general-ledger]").GetAttribute("data-account")), TimeSpan.FromSeconds(5));
        Assert.Equal("331 - Phải trả cho người bán", page.Find("[data-testid=account]").GetAttribute("value"));
    }

    [Fact]
    public async Task DocumentPage_CoreVoucher_ShowsItsLines()
    {
        UseHost(month.Host, D("2026-01-20"));
        var journal = await month.Host.Reports.GeneralJournalAsync(
            new Reports.GeneralJournal.GeneralJournalRequest(month.CompanyId, Ledger.Companies.Book.Tax, D("2026-01-05"), D("2026-01-05")), CancellationToken.None);

        var page = Render<DocumentPage>(p => p.Add(d => d.Id, journal.Entries[0].Document.DocumentId));

        page.WaitForElement("[data-testid=document-view]");
        Assert.Equal("NVK00002", page.Find("[data-testid=tax-number]").TextContent);
        Assert.Equal("Mua hàng chưa thanh toán", page.Find("[data-testid=description]").TextContent);
        Assert.Contains("NCC-X - Công ty Xuân Thành", page.Find("[data-testid=document-lines]").TextContent, StringComparison.Ordinal);
        Assert.Contains("55.000.000", page.Find("[data-testid=document-lines] tr.total").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void CashWidget_EndOfJanuary_BalancesAndSixMonthsOfFlows()
    {
        UseHost(month.Host, D("2026-01-31"));

        var widget = Render<CashWidget>();

        // Cash 100 + 47 - 30 = 117 million; bank 500 - 45 (paid X) + 0 (the transfer between banks nets out) = 455 million.
        widget.WaitForAssertion(() => Assert.Equal("117.000.000", widget.Find("[data-testid=cash-balance]").TextContent));
        Assert.Equal("455.000.000", widget.Find("[data-testid=bank-balance]").TextContent);
        Assert.NotNull(widget.Find(".rz-chart"));
    }

    [Fact]
    public async Task CashPositionQuery_January_TransfersLeftOutOfReceiptsAndPayments()
    {
        var position = await month.Host.Get<CashPositionQuery>().ReadAsync(month.CompanyId, Ledger.Companies.Book.Tax, D("2026-01-31"), CancellationToken.None);

        Assert.Equal(["08/2025", "09/2025", "10/2025", "11/2025", "12/2025", "01/2026"], position.Months.Select(m => m.Month));
        Assert.Equal(new MonthFlow("01/2026", 47_000_000m, 75_000_000m), position.Months[^1]);
        Assert.All(position.Months.SkipLast(1), m => Assert.Equal((0m, 0m), (m.Receipts, m.Payments)));
    }
}
