using AmisModular.Modules.Reports.Common;
using AmisModular.Printing.Tables;

namespace AmisModular.Modules.Reports.GeneralLedger;

/// <summary>S03b-DN as a printable table: opening row, lines, period totals, closing and year-to-date rows.</summary>
public static class GeneralLedgerTable
{
    public const string Title = "SỔ CÁI";

    public static IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("postingDate", "Ngày ghi sổ", ReportColumnKind.Date),
        new("documentNumber", "Số hiệu CT"),
        new("documentDate", "Ngày CT", ReportColumnKind.Date),
        new("description", "Diễn giải") { WidthWeight = 4 },
        new("journalLineNo", "STT dòng NKC", ReportColumnKind.Number),
        new("correspondingAccount", "TK đối ứng"),
        new("debit", "Nợ", ReportColumnKind.Money),
        new("credit", "Có", ReportColumnKind.Money),
    ];

    public static ReportTable Build(GeneralLedgerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<ReportRow>
        {
            Summary(ReportRowKind.Group, "Số dư đầu kỳ", result.Opening.Debit, result.Opening.Credit),
            Summary(ReportRowKind.Group, "Số phát sinh trong kỳ", null, null),
        };
        rows.AddRange(result.Entries.Select(e => ReportRow.Detail(
            e.PostingDate, e.DocumentNumber, e.DocumentDate, e.Description, e.JournalLineNo, e.CorrespondingAccountCode,
            ReportText.Money(e.Debit), ReportText.Money(e.Credit))));
        rows.Add(Summary(ReportRowKind.Total, "Cộng số phát sinh trong kỳ", result.Period.Debit, result.Period.Credit));
        rows.Add(Summary(ReportRowKind.Total, "Số dư cuối kỳ", result.Closing.Debit, result.Closing.Credit));
        if (result.YearToDate is { } ytd)
        {
            rows.Add(Summary(ReportRowKind.Total, "Cộng lũy kế từ đầu năm", ytd.Debit, ytd.Credit));
        }

        return new ReportTable
        {
            Title = Title,
            Subtitles = result.Source.PartnerId is null
                ? result.Header.Subtitles($"Tài khoản: {result.AccountCode} - {result.AccountName}")
                : result.Header.Subtitles($"Tài khoản: {result.AccountCode} - {result.AccountName}",
                    $"Đối tượng: {result.PartnerCode} - {result.PartnerName}".Trim(' ', '-')),
            Columns = Columns,
            Rows = rows,
            Footer = ReportText.Footer(result.Header),
        };
    }

    private static ReportRow Summary(ReportRowKind kind, string label, decimal? debit, decimal? credit) =>
        new([null, null, null, label, null, null, debit is { } d ? ReportText.Money(d) : null, credit is { } c ? ReportText.Money(c) : null]) { Kind = kind };
}
