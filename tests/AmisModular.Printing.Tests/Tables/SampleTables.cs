using AmisModular.Printing.Tables;

namespace AmisModular.Printing.Tests.Tables;

internal static class SampleTables
{
    /// <summary>A small cash book (S07-DN): opening, two vouchers, closing total; Thu − Chi reconciles with Tồn.</summary>
    public static ReportTable CashBook() => new()
    {
        Title = "SỔ QUỸ TIỀN MẶT",
        Subtitles = ["Công ty TNHH Thương mại Hoàng Long", "Từ ngày 01/11/2026 đến ngày 30/11/2026"],
        Columns =
        [
            new ReportColumn("date", "Ngày chứng từ", ReportColumnKind.Date),
            new ReportColumn("number", "Số phiếu"),
            new ReportColumn("description", "Diễn giải"),
            new ReportColumn("receipt", "Thu", ReportColumnKind.Money),
            new ReportColumn("payment", "Chi", ReportColumnKind.Money),
            new ReportColumn("balance", "Tồn", ReportColumnKind.Money),
        ],
        Rows =
        [
            ReportRow.Group(null, null, "Số tồn đầu kỳ", null, null, 5_000_000m),
            ReportRow.Detail(new DateOnly(2026, 11, 3), "PT00001", "Thu tiền hàng Công ty Ánh Dương", 1_200_000m, null, 6_200_000m),
            ReportRow.Detail(new DateOnly(2026, 11, 9), "PC00007", "Chi mua văn phòng phẩm", null, 1_100_000m, 5_100_000m),
            ReportRow.Total(null, null, "Cộng số phát sinh", 1_200_000m, 1_100_000m, null),
            ReportRow.Total(null, null, "Số tồn cuối kỳ", null, null, 5_100_000m),
        ],
        Footer = ["Người ghi sổ        Kế toán trưởng        Giám đốc"],
    };

    /// <summary>A general journal (S03a-DN) with <paramref name="vouchers"/> balanced two-line vouchers.</summary>
    public static ReportTable Journal(int vouchers)
    {
        var rows = new List<ReportRow>();
        decimal total = 0;
        for (var i = 1; i <= vouchers; i++)
        {
            var amount = 100_000m * i + 0.5m * (i % 2);
            var date = new DateOnly(2026, 11, 1).AddDays(i % 30);
            var number = $"PT{i:00000}";
            rows.Add(ReportRow.Detail(date, number, date, $"Thu tiền khách hàng số {i} theo hợp đồng dịch vụ kế toán", "1111", amount, null));
            rows.Add(ReportRow.Detail(date, number, date, $"Thu tiền khách hàng số {i} theo hợp đồng dịch vụ kế toán", "131", null, amount));
            total += amount;
        }

        rows.Add(ReportRow.Total(null, null, null, "Cộng", null, total, total));
        return new ReportTable
        {
            Title = "SỔ NHẬT KÝ CHUNG",
            Subtitles = ["Công ty TNHH Thương mại Hoàng Long", "Tháng 11 năm 2026"],
            Columns =
            [
                new ReportColumn("postingDate", "Ngày ghi sổ", ReportColumnKind.Date),
                new ReportColumn("voucherNumber", "Số hiệu chứng từ"),
                new ReportColumn("voucherDate", "Ngày chứng từ", ReportColumnKind.Date),
                new ReportColumn("description", "Diễn giải"),
                new ReportColumn("account", "Số hiệu TK đối ứng", ReportColumnKind.Text) { Alignment = ColumnAlignment.Center },
                new ReportColumn("debit", "Số phát sinh Nợ", ReportColumnKind.Money) { Decimals = 2 },
                new ReportColumn("credit", "Số phát sinh Có", ReportColumnKind.Money) { Decimals = 2 },
            ],
            Rows = rows,
        };
    }
}
