using System.Text;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Interchange;
using AmisModular.Modules.Reports.Cli;
using AmisModular.Modules.Reports.Tests.Support;
using AmisModular.Modules.Reports.TrialBalance;
using static AmisModular.Modules.Reports.Tests.Support.ReportsHost;

namespace AmisModular.Modules.Reports.Tests.TrialBalance;

/// <summary><c>amis report trial-balance --account</c>: the worked month narrowed to one account, its sub-accounts and partners.</summary>
public sealed class TrialBalanceAccountFilterTests(WorkedMonthFixture month) : IClassFixture<WorkedMonthFixture>
{
    [Fact]
    public async Task ForAccount_112_KeepsItsSubAccountsAndTotalsTheTopRowOnce()
    {
        var tb = await month.Host.Reports.TrialBalanceAsync(new TrialBalanceRequest(month.CompanyId, Book.Tax, D("2026-01-01"), D("2026-01-31")), CancellationToken.None);

        var narrowed = TrialBalanceAccountFilter.ForAccount(tb, "112");

        Assert.Equal(["112", "1121", "11211", "11212"], narrowed.Lines.Select(l => l.AccountCode));
        // 112 alone: opening 500, period Dr 100 / Cr 145, closing 455 (not 112 + 1121 + 11211 + 11212).
        Assert.Equal((500_000_000m, 0m), (narrowed.Totals.Opening.Debit, narrowed.Totals.Opening.Credit));
        Assert.Equal((100_000_000m, 145_000_000m), (narrowed.Totals.Period.Debit, narrowed.Totals.Period.Credit));
        Assert.Equal((455_000_000m, 0m), (narrowed.Totals.Closing.Debit, narrowed.Totals.Closing.Credit));
    }

    [Fact]
    public async Task ForAccount_NoRowUnderIt_RefusedNamingTheAccount()
    {
        var tb = await month.Host.Reports.TrialBalanceAsync(new TrialBalanceRequest(month.CompanyId, Book.Tax, D("2026-01-01"), D("2026-01-31")), CancellationToken.None);

        var error = Assert.Throws<Common.ReportRequestException>(() => TrialBalanceAccountFilter.ForAccount(tb, "6428"));

        Assert.Equal("AccountCode", error.Field);
        Assert.Contains("6428", error.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renderer_WithAccount131_PrintsOnly131AndItsPartners()
    {
        var renderer = new TrialBalanceReportRenderer(month.Host.Reports);
        using var output = new MemoryStream();

        await renderer.RenderAsync(new ReportRequest(month.CompanyId, Book.Tax, D("2026-01-01"), D("2026-01-31"), "131", ReportFormats.Table), output, CancellationToken.None);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Matches(@"\|\s*131\s*\|", text);
        Assert.Contains(month.A.Name, text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\|\s*1111\s*\|", text);
        Assert.DoesNotMatch(@"\|\s*331\s*\|", text);
    }

    [Fact]
    public async Task Renderer_WithAnUnknownAccount_FailsNamingTheOption()
    {
        var renderer = new TrialBalanceReportRenderer(month.Host.Reports);
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<DocumentValidationException>(() =>
            renderer.RenderAsync(new ReportRequest(month.CompanyId, Book.Tax, D("2026-01-01"), D("2026-01-31"), "999", ReportFormats.Table), output, CancellationToken.None));

        Assert.Contains(error.Errors, e => e.Field == "--account");
    }
}
