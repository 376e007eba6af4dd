namespace AmisModular.Ledger.Queries;

/// <summary>
/// One row of the trial balance (S06-DN) per detail account. Opening and closing are balances (Dư Nợ / Dư Có):
/// netted for ordinary accounts, gross by partner ("dư hai bên") for 131/331.
/// </summary>
public sealed record TrialBalanceRow(string AccountCode, AccountBalance Opening, AccountBalance Period, AccountBalance Closing);
