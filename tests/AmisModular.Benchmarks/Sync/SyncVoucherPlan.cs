using AmisModular.Benchmarks.Ledger;
using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// The sync workload: N posted cash vouchers of exactly five lines each, alternating a cash sale receipt (5111,
/// 33311, 711, 1121, 5111) and an expense payment (6427, 1331, 6428, 334, 6427), dated in order through 2026,
/// amounts rounded to 1,000 VND. No partners, so no catalog documents have to travel first. Deterministic per seed.
/// </summary>
public static class SyncVoucherPlan
{
    public const int LinesPerVoucher = 5;

    private static readonly string[] ReceiptAccounts = ["5111", "33311", "711", "1121", "5111"];
    private static readonly string[] PaymentAccounts = ["6427", "1331", "6428", "334", "6427"];

    public static IEnumerable<PlannedVoucher> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var date = VoucherPlan.YearStart.AddDays((int)((long)i * 365 / count));
            var receipt = i % 2 == 0;
            var accounts = receipt ? ReceiptAccounts : PaymentAccounts;
            var lines = accounts.Select((account, n) => new PlannedLine(account, random.Next(10, 50_000) * 1_000m, n == 0 ? null : $"Dòng {n + 1}")).ToList();
            yield return receipt
                ? new PlannedVoucher(CashVoucherKind.Receipt, date, null, "Phạm Minh Tuấn", "Thu bán hàng và thu khác", lines)
                : new PlannedVoucher(CashVoucherKind.Payment, date, null, "Vũ Đức Long", "Chi phí bằng tiền khác", lines);
        }
    }
}
