using AmisModular.Ledger.Companies;

namespace AmisModular.Modules.Cash.Documents;

/// <summary>What a user enters on the Phiếu thu / Phiếu chi screen (numbers are assigned on save).</summary>
public sealed record CashVoucherDraft(
    CashVoucherKind Kind,
    Guid CompanyId,
    BookSet Books,
    DateOnly DocumentDate,
    DateOnly PostingDate,
    string PersonName,
    string Description,
    IReadOnlyList<CashVoucherDraftLine> Lines,
    Guid? PartnerId = null,
    string? Address = null,
    int AttachedDocuments = 0,
    string CashAccount = "1111",
    string Currency = "VND",
    Guid? BranchId = null);
