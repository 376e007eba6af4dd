using AmisModular.Ledger.Companies;

namespace AmisModular.Ledger.GeneralJournal;

/// <summary>What a user enters for a general journal voucher (numbers are assigned on save).</summary>
public sealed record GeneralJournalDraft(
    Guid CompanyId,
    BookSet Books,
    DateOnly DocumentDate,
    DateOnly PostingDate,
    string Description,
    IReadOnlyList<GeneralJournalDraftLine> Lines,
    Guid? BranchId = null);
