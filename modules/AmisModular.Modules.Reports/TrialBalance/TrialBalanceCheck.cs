using AmisModular.Ledger.Queries;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modules.Reports.TrialBalance;

/// <summary>Σ opening Dr = Σ opening Cr, Σ period Dr = Σ period Cr, Σ closing Dr = Σ closing Cr; any difference is reported.</summary>
internal static class TrialBalanceCheck
{
    public static List<TrialBalanceImbalance> Check(TrialBalanceTotals totals)
    {
        var pairs = new (LocalizedText Figure, AccountBalance Amounts)[]
        {
            (new LocalizedText("Số dư đầu kỳ", "Opening balance"), totals.Opening),
            (new LocalizedText("Số phát sinh trong kỳ", "Period movement"), totals.Period),
            (new LocalizedText("Số dư cuối kỳ", "Closing balance"), totals.Closing),
        };
        return [.. pairs.Where(p => p.Amounts.Debit != p.Amounts.Credit)
            .Select(p => new TrialBalanceImbalance(p.Figure, p.Amounts.Debit, p.Amounts.Credit))];
    }
}
