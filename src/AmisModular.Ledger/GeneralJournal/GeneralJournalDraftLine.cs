namespace AmisModular.Ledger.GeneralJournal;

/// <summary>TK Nợ / TK Có / Số tiền; either account may be left empty on one line of a compound entry.</summary>
public sealed record GeneralJournalDraftLine(
    string? DebitAccount,
    string? CreditAccount,
    decimal Amount,
    string? Description = null,
    Guid? DebitPartnerId = null,
    Guid? CreditPartnerId = null);
