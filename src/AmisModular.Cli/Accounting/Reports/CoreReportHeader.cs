using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Interchange;

namespace AmisModular.Cli.Accounting.Reports;

internal static class CoreReportHeader
{
    public static IReadOnlyList<string> Subtitles(Company company, ReportRequest request) =>
    [
        $"{company.Name} - MST {company.TaxCode}",
        $"Sổ / Book: {(request.Book == Book.Tax ? "Tài chính / Tax" : "Quản trị / Internal")}",
        $"Từ ngày {request.From:dd/MM/yyyy} đến ngày {request.To:dd/MM/yyyy}",
    ];
}
