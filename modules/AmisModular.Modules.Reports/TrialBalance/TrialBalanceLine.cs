using AmisModular.Ledger.Queries;
using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.TrialBalance;

/// <summary>
/// One account row of S06-DN. Opening and closing are on one side (netted), except for a two-sided account
/// (<see cref="GrossByPartner"/>) whose debit and credit are the sums of partners' debit and credit balances.
/// A roll-up row (<see cref="IsRollUp"/>) is the sum of its sub-accounts' rows.
/// </summary>
public sealed record TrialBalanceLine(
    string AccountCode,
    string AccountName,
    int Level,
    bool IsRollUp,
    bool GrossByPartner,
    AccountBalance Opening,
    AccountBalance Period,
    AccountBalance Closing,
    FigureSource Source,
    IReadOnlyList<TrialBalancePartnerLine> Partners);
