using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Interchange;
using AmisModular.Ledger.Queries;
using AmisModular.Printing.Tables;

namespace AmisModular.Cli.Accounting.Reports;

/// <summary>Core fallback of <c>amis report journal</c>: the posted journal lines of the book in the range (Sổ Nhật ký chung, plain).</summary>
public sealed class CoreJournalRenderer(LedgerQueries queries, CompanyService companies) : IReportRenderer
{
    public string Report => "journal";

    public async Task RenderAsync(ReportRequest request, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var company = await companies.GetAsync(request.CompanyId, cancellationToken);
        var lines = await queries.JournalAsync(request.CompanyId, request.Book, request.From, request.To, request.Account, cancellationToken);
        var table = new ReportTable
        {
            Title = "SỔ NHẬT KÝ CHUNG",
            Subtitles = CoreReportHeader.Subtitles(company, request),
            Columns =
            [
                new("postingDate", "Ngày hạch toán", ReportColumnKind.Date),
                new("number", "Số chứng từ"),
                new("description", "Diễn giải"),
                new("account", "TK"),
                new("counterAccount", "TK đối ứng"),
                new("debit", "Nợ", ReportColumnKind.Money),
                new("credit", "Có", ReportColumnKind.Money),
            ],
            Rows =
            [
                .. lines.Select(l => ReportRow.Detail(l.PostingDate, l.DocumentNumber ?? "", l.Description ?? "", l.AccountCode, l.CorrespondingAccountCode ?? "", l.Debit, l.Credit)),
                ReportRow.Total(null, "", "Cộng", "", "", lines.Sum(l => l.Debit), lines.Sum(l => l.Credit)),
            ],
        };
        ReportOutput.Write(table, request.Format, output);
    }
}
