using AmisModular.Ledger.Companies;
using AmisModular.Printing.Formatting;
using AmisModular.Printing.Tables;

namespace AmisModular.Modules.Cash.Reports;

/// <summary>The cash book as a printable table (text, JSON, XLSX, PDF through <see cref="ReportTableWriters"/>).</summary>
public static class CashBookTable
{
    public static IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("postingDate", "Ngày ghi sổ", ReportColumnKind.Date),
        new("documentDate", "Ngày chứng từ", ReportColumnKind.Date),
        new("receiptNumber", "Số phiếu Thu"),
        new("paymentNumber", "Số phiếu Chi"),
        new("description", "Diễn giải") { WidthWeight = 3 },
        new("counterAccount", "TK đối ứng"),
        new("receipt", "Thu", ReportColumnKind.Money),
        new("payment", "Chi", ReportColumnKind.Money),
        new("balance", "Tồn", ReportColumnKind.Money),
    ];

    public static ReportTable ToTable(this CashBookResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var q = result.Query;
        var rows = new List<ReportRow> { ReportRow.Group(null, null, null, null, "Số tồn đầu kỳ", null, null, null, result.Opening) };
        rows.AddRange(result.Rows.Select(r => ReportRow.Detail(
            r.PostingDate, r.DocumentDate, r.ReceiptNumber, r.PaymentNumber, r.Description, r.CounterAccount,
            r.Receipt == 0 ? null : r.Receipt, r.Payment == 0 ? null : r.Payment, r.Balance)));
        rows.Add(ReportRow.Total(null, null, null, null, "Cộng phát sinh trong kỳ", null, result.TotalReceipts, result.TotalPayments, null));
        rows.Add(ReportRow.Total(null, null, null, null, "Số tồn cuối kỳ", null, null, null, result.Closing));
        return new ReportTable
        {
            Title = "SỔ QUỸ TIỀN MẶT",
            Subtitles =
            [
                result.CompanyName,
                $"Tài khoản: {q.CashAccount} - Sổ {(q.Book == Book.Tax ? "tài chính" : "quản trị")}",
                $"Từ ngày {VietnameseFormat.Date(q.From)} đến ngày {VietnameseFormat.Date(q.To)}",
            ],
            Columns = Columns,
            Rows = rows,
            Footer = ["Người ghi sổ", "Kế toán trưởng", "Giám đốc"],
        };
    }
}
