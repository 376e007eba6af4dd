using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// A deterministic mix of the cash vouchers a Vietnamese SME enters in a year: receipts from customers (131),
/// cash sales with output VAT (5111 + 33311), cash drawn from the bank (1121), other income (711); payments to
/// vendors (331), services and other expenses with input VAT (6427, 6428, 1331), wages (334). 1–3 lines each,
/// amounts rounded to 1,000 VND, dates in order through fiscal year 2026 as a bookkeeper enters them.
/// </summary>
public static class VoucherPlan
{
    public static readonly DateOnly YearStart = new(2026, 1, 1);

    public static IEnumerable<PlannedVoucher> Generate(int count, int seed, BenchCompany company)
    {
        ArgumentNullException.ThrowIfNull(company);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var date = YearStart.AddDays((int)((long)i * 365 / count));
            yield return random.Next(100) < 55 ? Receipt(random, date, company) : Payment(random, date, company);
        }
    }

    private static PlannedVoucher Receipt(Random random, DateOnly date, BenchCompany company)
    {
        var kind = CashVoucherKind.Receipt;
        switch (random.Next(4))
        {
            case 0:
                var customer = company.Customers[random.Next(company.Customers.Count)];
                return new(kind, date, customer, "Nguyễn Văn An", "Thu tiền khách hàng trả nợ", [new("131", Amount(random, 1_000, 200_000), null)]);
            case 1:
                var sale = Amount(random, 100, 50_000);
                return new(kind, date, null, "Khách lẻ", "Bán hàng thu tiền mặt",
                    [new("5111", sale, "Doanh thu bán hàng"), new("33311", Math.Round(sale / 10, 0), "Thuế GTGT đầu ra 10%")]);
            case 2:
                return new(kind, date, null, "Lê Thị Hoa", "Rút tiền gửi ngân hàng về nhập quỹ", [new("1121", Amount(random, 10_000, 500_000), null)]);
            default:
                var goods = Amount(random, 100, 20_000);
                return new(kind, date, null, "Phạm Minh Tuấn", "Thu bán hàng và thu khác",
                    [new("5111", goods, null), new("33311", Math.Round(goods / 10, 0), null), new("711", Amount(random, 10, 5_000), "Thu tiền phạt vi phạm hợp đồng")]);
        }
    }

    private static PlannedVoucher Payment(Random random, DateOnly date, BenchCompany company)
    {
        var kind = CashVoucherKind.Payment;
        switch (random.Next(4))
        {
            case 0:
                var vendor = company.Vendors[random.Next(company.Vendors.Count)];
                return new(kind, date, vendor, "Trần Thị Bình", "Trả tiền nhà cung cấp", [new("331", Amount(random, 1_000, 150_000), null)]);
            case 1:
                var service = Amount(random, 100, 20_000);
                return new(kind, date, null, "Hoàng Văn Nam", "Chi tiền dịch vụ mua ngoài",
                    [new("6427", service, "Phí dịch vụ"), new("1331", Math.Round(service / 10, 0), "Thuế GTGT được khấu trừ")]);
            case 2:
                return new(kind, date, null, "Đỗ Thu Trang", "Chi lương nhân viên", [new("334", Amount(random, 5_000, 100_000), null)]);
            default:
                var other = Amount(random, 50, 5_000);
                return new(kind, date, null, "Vũ Đức Long", "Chi phí bằng tiền khác",
                    [new("6428", other, "Chi tiếp khách"), new("1331", Math.Round(other / 10, 0), null), new("6427", Amount(random, 50, 3_000), "Cước điện thoại")]);
        }
    }

    /// <summary>An amount between the bounds, in thousands of VND, so every amount is a round 1,000 VND.</summary>
    private static decimal Amount(Random random, int minThousands, int maxThousands) => random.Next(minThousands, maxThousands + 1) * 1_000m;
}
