using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;

namespace AmisModular.Ledger.Interchange;

/// <summary>A general journal voucher as read from its interchange form, before the store checks.</summary>
internal sealed record ParsedGeneralJournal(
    Guid? Id,
    Guid CompanyId,
    BookSet? Books,
    string? TaxNumber,
    string? InternalNumber,
    DateOnly DocumentDate,
    DateOnly PostingDate,
    string Description,
    DocumentStatus Status,
    Guid? BranchId,
    IReadOnlyList<GeneralJournalPayloadLine> Lines);
