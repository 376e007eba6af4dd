using AmisModular.Cli.Cli;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Interchange;
using AmisModular.Ledger.Queries;
using AmisModular.Printing.Tables;

namespace AmisModular.Cli.Accounting.Reports;

/// <summary>Core fallback of <c>amis report ledger --account</c>: opening balance, the account's lines with a running balance, closing.</summary>
public sealed class CoreLedgerRenderer(LedgerQueries queries, CompanyService companies) : IReportRenderer
{
    public string Report => "ledger";

    public async Task RenderAsync(ReportRequest request, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var account = request.Account is { Length: > 0 } a ? a
            : throw new CliInputException("Sổ cái cần --account (ví dụ 1111) / the ledger needs --account (e.g. 1111)");
        var company = await companies.GetAsync(request.CompanyId, cancellationToken);
        var opening = await queries.BalanceAsync(request.CompanyId, request.Book, account, request.From, null, cancellationToken);
        var lines = await queries.JournalAsync(request.CompanyId, request.Book, request.From, request.To, account, cancellationToken);
        var balance = opening.Net;
        var rows = new List<ReportRow> { ReportRow.Group(null, "", "Số dư đầu kỳ", "", null, null, opening.Net) };
        foreach (var line in lines)
        {
            balance += line.Debit - line.Credit;
            rows.Add(ReportRow.Detail(line.PostingDate, line.DocumentNumber ?? "", line.Description ?? "", line.CorrespondingAccountCode ?? "", line.Debit, line.Credit, balance));
        }

        rows.Add(ReportRow.Total(null, "", "Cộng phát sinh / số dư cuối kỳ", "", lines.Sum(l => l.Debit), lines.Sum(l => l.Credit), balance));
        var table = new ReportTable
        {
            Title = $"SỔ CÁI TÀI KHOẢN {account}",
            Subtitles = CoreReportHeader.Subtitles(company, request),
            Columns =
            [
                new("postingDate", "Ngày hạch toán", ReportColumnKind.Date),
                new("number", "Số chứng từ"),
                new("description", "Diễn giải"),
                new("counterAccount", "TK đối ứng"),
                new("debit", "Nợ", ReportColumnKind.Money),
                new("credit", "Có", ReportColumnKind.Money),
                new("balance", "Số dư (Nợ +)", ReportColumnKind.Money),
            ],
            Rows = rows,
        };
        ReportOutput.Write(table, request.Format, output);
    }
}
