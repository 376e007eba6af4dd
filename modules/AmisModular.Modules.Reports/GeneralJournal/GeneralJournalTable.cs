using AmisModular.Modules.Reports.Common;
using AmisModular.Printing.Tables;

namespace AmisModular.Modules.Reports.GeneralJournal;

/// <summary>S03a-DN as a printable table (columns A–H, 1–2 of the form) with the "Cộng" row.</summary>
public static class GeneralJournalTable
{
    public const string Title = "SỔ NHẬT KÝ CHUNG";

    public static IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("postingDate", "Ngày ghi sổ", ReportColumnKind.Date),
        new("documentNumber", "Số hiệu CT"),
        new("documentDate", "Ngày CT", ReportColumnKind.Date),
        new("description", "Diễn giải") { WidthWeight = 4 },
        new("posted", "Đã ghi Sổ Cái") { Alignment = ColumnAlignment.Center },
        new("lineNo", "STT dòng", ReportColumnKind.Number),
        new("account", "Số hiệu TK"),
        new("correspondingAccount", "TK đối ứng"),
        new("debit", "Phát sinh Nợ", ReportColumnKind.Money),
        new("credit", "Phát sinh Có", ReportColumnKind.Money),
    ];

    public static ReportTable Build(GeneralJournalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Entries.Select(e => ReportRow.Detail(
            e.PostingDate, e.DocumentNumber, e.DocumentDate, e.Description, e.PostedToLedger ? "x" : "", e.LineNo,
            e.AccountCode, e.CorrespondingAccountCode, ReportText.Money(e.Debit), ReportText.Money(e.Credit))).ToList();
        rows.Add(ReportRow.Total(null, null, null, "Cộng", null, null, null, null, result.TotalDebit, result.TotalCredit));
        var notes = result.IsBalanced
            ? []
            : new[] { $"CHÊNH LỆCH: tổng phát sinh Nợ khác tổng phát sinh Có / debits and credits differ by {result.TotalDebit - result.TotalCredit}" };
        return new ReportTable
        {
            Title = Title,
            Subtitles = result.Header.Subtitles(),
            Columns = Columns,
            Rows = rows,
            Footer = ReportText.Footer(result.Header, notes),
        };
    }
}
