using AmisModular.Modules.Reports.Common;
using AmisModular.Printing.Tables;

namespace AmisModular.Modules.Reports.TrialBalance;

/// <summary>The trial balance as rows (for the shell and drill-down) and as a printable table.</summary>
public sealed record TrialBalanceResult(
    ReportHeader Header,
    IReadOnlyList<TrialBalanceLine> Lines,
    TrialBalanceTotals Totals,
    IReadOnlyList<TrialBalanceImbalance> Imbalances,
    bool ShowPartners = false)
{
    public bool IsBalanced => Imbalances.Count == 0;

    public TrialBalanceLine? Find(string accountCode) => Lines.FirstOrDefault(l => l.AccountCode == accountCode);

    public ReportTable ToTable() => TrialBalanceTable.Build(this);
}
