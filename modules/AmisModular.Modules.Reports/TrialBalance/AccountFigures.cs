using AmisModular.Ledger.Queries;

namespace AmisModular.Modules.Reports.TrialBalance;

/// <summary>The six figures of one detail account as the journal holds them (before roll-up).</summary>
internal sealed record AccountFigures(
    string AccountCode, AccountBalance Opening, AccountBalance Period, AccountBalance Closing, bool Gross, IReadOnlyList<TrialBalancePartnerLine> Partners);
