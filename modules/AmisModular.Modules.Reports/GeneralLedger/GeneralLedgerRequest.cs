using AmisModular.Ledger.Companies;
using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.GeneralLedger;

/// <summary>Sổ Cái of one account, its sub-accounts included, for a company, book and date range.</summary>
/// <param name="PartnerId">Only the lines of this partner (drill-down from a partner row of the trial balance); null = all.</param>
public sealed record GeneralLedgerRequest(Guid CompanyId, Book Book, string AccountCode, DateOnly From, DateOnly To, Guid? PartnerId = null)
    : IReportScope;
