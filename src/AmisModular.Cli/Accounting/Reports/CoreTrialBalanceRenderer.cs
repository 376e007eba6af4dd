using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Interchange;
using AmisModular.Ledger.Queries;
using AmisModular.Printing.Tables;

namespace AmisModular.Cli.Accounting.Reports;

/// <summary>
/// Core fallback of <c>amis report trial-balance</c> on <see cref="LedgerQueries.TrialBalanceAsync"/> (detail accounts, no
/// roll-up): used until the Reports module registers its S06-DN renderer under the same name.
/// </summary>
public sealed class CoreTrialBalanceRenderer(LedgerQueries queries, CompanyService companies) : IReportRenderer
{
    public string Report => "trial-balance";

    public async Task RenderAsync(ReportRequest request, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var company = await companies.GetAsync(request.CompanyId, cancellationToken);
        var rows = await queries.TrialBalanceAsync(request.CompanyId, request.Book, request.From, request.To, cancellationToken);
        if (request.Account is { Length: > 0 } prefix)
        {
            rows = [.. rows.Where(r => r.AccountCode.StartsWith(prefix, StringComparison.Ordinal))];
        }

        var table = new ReportTable
        {
            Title = "BẢNG CÂN ĐỐI TÀI KHOẢN",
            Subtitles = CoreReportHeader.Subtitles(company, request),
            Columns =
            [
                new("account", "Số hiệu TK"),
                new("openingDebit", "Dư đầu kỳ Nợ", ReportColumnKind.Money),
                new("openingCredit", "Dư đầu kỳ Có", ReportColumnKind.Money),
                new("periodDebit", "Phát sinh Nợ", ReportColumnKind.Money),
                new("periodCredit", "Phát sinh Có", ReportColumnKind.Money),
                new("closingDebit", "Dư cuối kỳ Nợ", ReportColumnKind.Money),
                new("closingCredit", "Dư cuối kỳ Có", ReportColumnKind.Money),
            ],
            Rows =
            [
                .. rows.Select(r => ReportRow.Detail(r.AccountCode, r.Opening.Debit, r.Opening.Credit,
                    r.Period.Debit, r.Period.Credit, r.Closing.Debit, r.Closing.Credit)),
                ReportRow.Total("Tổng cộng", rows.Sum(r => r.Opening.Debit), rows.Sum(r => r.Opening.Credit), rows.Sum(r => r.Period.Debit),
                    rows.Sum(r => r.Period.Credit), rows.Sum(r => r.Closing.Debit), rows.Sum(r => r.Closing.Credit)),
            ],
        };
        ReportOutput.Write(table, request.Format, output);
    }
}
