namespace AmisModular.Ledger.GeneralJournal;

public sealed record GeneralJournalPayloadLine(
    int LineNo,
    string? DebitAccount,
    string? CreditAccount,
    decimal Amount,
    string? Description,
    Guid? DebitPartnerId,
    Guid? CreditPartnerId);
