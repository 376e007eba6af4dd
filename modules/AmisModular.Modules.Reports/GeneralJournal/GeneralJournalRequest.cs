using AmisModular.Ledger.Companies;
using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.GeneralJournal;

/// <summary>Sổ Nhật ký chung for a company, book and date range (by posting date).</summary>
public sealed record GeneralJournalRequest(Guid CompanyId, Book Book, DateOnly From, DateOnly To) : IReportScope;
