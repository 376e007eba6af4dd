using AmisModular.Ledger.Queries;

namespace AmisModular.Modules.Reports.TrialBalance;

/// <summary>Tổng cộng: Σ over the detail accounts (each figure counted once, never through a roll-up row).</summary>
public sealed record TrialBalanceTotals(AccountBalance Opening, AccountBalance Period, AccountBalance Closing);
