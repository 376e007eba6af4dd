using AmisModular.Ledger.GeneralJournal;

namespace AmisModular.Ledger.Interchange;

/// <summary>A document as the CLI finds and lists it: id, type, numbers per book, posting date (null for catalog entries).</summary>
public sealed record DocumentReference(
    Guid DocumentId, string DocumentType, string? TaxNumber, string? InternalNumber, DateOnly? PostingDate, DocumentStatus? Status)
{
    public string DisplayNumber => TaxNumber ?? InternalNumber ?? DocumentId.ToString();
}
