using AmisModular.Ledger.Companies;
using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.TrialBalance;

/// <summary>Bảng cân đối tài khoản for a company, book and date range.</summary>
/// <param name="TwoSidedAccounts">Accounts shown gross by partner; null = <see cref="ReportsOptions.TwoSidedAccounts"/>.</param>
/// <param name="ShowPartners">Also print one row per partner under each two-sided account.</param>
public sealed record TrialBalanceRequest(
    Guid CompanyId, Book Book, DateOnly From, DateOnly To, IReadOnlyList<string>? TwoSidedAccounts = null, bool ShowPartners = false)
    : IReportScope;
