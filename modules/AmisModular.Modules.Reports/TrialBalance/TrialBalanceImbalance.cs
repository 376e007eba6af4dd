using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modules.Reports.TrialBalance;

/// <summary>A pair of grand totals that should be equal and is not: shown on the report, never hidden.</summary>
public sealed record TrialBalanceImbalance(LocalizedText Figure, decimal Debit, decimal Credit)
{
    public decimal Difference => Debit - Credit;
}
