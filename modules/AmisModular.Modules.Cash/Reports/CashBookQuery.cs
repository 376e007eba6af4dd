using AmisModular.Ledger.Companies;

namespace AmisModular.Modules.Cash.Reports;

/// <summary>Which Sổ quỹ tiền mặt to build: company, book, cash account (1111, or 111 for every sub-account) and dates.</summary>
public sealed record CashBookQuery(Guid CompanyId, Book Book, DateOnly From, DateOnly To, string CashAccount = "1111");
