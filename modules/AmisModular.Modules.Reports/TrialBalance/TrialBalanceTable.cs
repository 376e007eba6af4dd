using AmisModular.Modules.Reports.Common;
using AmisModular.Printing.Formatting;
using AmisModular.Printing.Tables;

namespace AmisModular.Modules.Reports.TrialBalance;

/// <summary>S06-DN as a printable table: level-1 accounts bold, sub-accounts indented, "Tổng cộng" last.</summary>
public static class TrialBalanceTable
{
    public const string Title = "BẢNG CÂN ĐỐI TÀI KHOẢN";

    public static IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("account", "Số hiệu TK") { WidthWeight = 1 },
        new("name", "Tên tài khoản") { WidthWeight = 3 },
        new("openingDebit", "Số dư đầu kỳ - Nợ", ReportColumnKind.Money),
        new("openingCredit", "Số dư đầu kỳ - Có", ReportColumnKind.Money),
        new("periodDebit", "Số phát sinh - Nợ", ReportColumnKind.Money),
        new("periodCredit", "Số phát sinh - Có", ReportColumnKind.Money),
        new("closingDebit", "Số dư cuối kỳ - Nợ", ReportColumnKind.Money),
        new("closingCredit", "Số dư cuối kỳ - Có", ReportColumnKind.Money),
    ];

    public static ReportTable Build(TrialBalanceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<ReportRow>();
        foreach (var line in result.Lines)
        {
            rows.Add(AccountRow(line));
            if (result.ShowPartners)
            {
                rows.AddRange(line.Partners.Select(PartnerRow));
            }
        }

        var t = result.Totals;
        rows.Add(ReportRow.Total("", "Tổng cộng", t.Opening.Debit, t.Opening.Credit, t.Period.Debit, t.Period.Credit, t.Closing.Debit, t.Closing.Credit));
        return new ReportTable
        {
            Title = Title,
            Subtitles = result.Header.Subtitles($"Chế độ kế toán: {result.Header.Regime.ToString().ToUpperInvariant()}"),
            Columns = Columns,
            Rows = rows,
            Footer = ReportText.Footer(result.Header, [.. result.Imbalances.Select(Warning)]),
        };
    }

    private static ReportRow AccountRow(TrialBalanceLine line)
    {
        var name = new string(' ', 2 * (line.Level - 1)) + line.AccountName + (line.GrossByPartner ? " (dư hai bên)" : "");
        object?[] cells =
        [
            line.AccountCode, name,
            ReportText.Money(line.Opening.Debit), ReportText.Money(line.Opening.Credit),
            ReportText.Money(line.Period.Debit), ReportText.Money(line.Period.Credit),
            ReportText.Money(line.Closing.Debit), ReportText.Money(line.Closing.Credit),
        ];
        return line.Level == 1 ? ReportRow.Group(cells) : ReportRow.Detail(cells);
    }

    private static ReportRow PartnerRow(TrialBalancePartnerLine p) => ReportRow.Detail(
        "", $"    - {p.PartnerCode ?? "(không có đối tượng)"} {p.PartnerName}".TrimEnd(),
        ReportText.Money(p.Opening.Debit), ReportText.Money(p.Opening.Credit),
        ReportText.Money(p.Period.Debit), ReportText.Money(p.Period.Credit),
        ReportText.Money(p.Closing.Debit), ReportText.Money(p.Closing.Credit));

    private static string Warning(TrialBalanceImbalance i) =>
        $"CHÊNH LỆCH {i.Figure.Vi.ToUpperInvariant()}: Nợ {VietnameseFormat.Money(i.Debit)} ≠ Có {VietnameseFormat.Money(i.Credit)} " +
        $"(chênh lệch {VietnameseFormat.Money(i.Difference)}) / {i.Figure.En} does not balance";
}
