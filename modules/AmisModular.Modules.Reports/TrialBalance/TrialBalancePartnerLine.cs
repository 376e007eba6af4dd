using AmisModular.Ledger.Queries;
using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.TrialBalance;

/// <summary>One partner's figures under a two-sided account (the detail behind the gross balances).</summary>
public sealed record TrialBalancePartnerLine(
    Guid? PartnerId, string? PartnerCode, string? PartnerName, AccountBalance Opening, AccountBalance Period, AccountBalance Closing, FigureSource Source);
