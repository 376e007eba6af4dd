using AmisModular.Ledger.Companies;

namespace AmisModular.Modules.Reports.Common;

/// <summary>
/// Where a figure comes from, for drill-down: the journal lines of <see cref="AccountCode"/> and its sub-accounts
/// (codes are hierarchical, so the code is a prefix), optionally of one partner, posted in [From, To] of the book.
/// </summary>
public sealed record FigureSource(Guid CompanyId, Book Book, string AccountCode, Guid? PartnerId, DateOnly From, DateOnly To);
