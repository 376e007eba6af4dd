using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// One cash voucher of the generated workload, the same for the product and the baselines, so every store ends
/// with the same logical rows (only the generated ids differ).
/// </summary>
public sealed record PlannedVoucher(
    CashVoucherKind Kind, DateOnly Date, Guid? PartnerId, string PersonName, string Description, IReadOnlyList<PlannedLine> Lines)
{
    public const string CashAccount = "1111";

    public decimal Total => Lines.Sum(l => l.Amount);
}
