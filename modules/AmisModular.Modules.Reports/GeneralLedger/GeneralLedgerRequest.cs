using AmisModular.Ledger.Companies;
using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.GeneralLedger;

/// <summary>Sổ Cái of one account, its sub-accounts included, for a company, book and date range.</summary>
public sealed record GeneralLedgerRequest(Guid CompanyId, Book Book, string AccountCode, DateOnly From, DateOnly To) : IReportScope;
