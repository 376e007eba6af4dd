using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.GeneralJournal;

/// <summary>One row of S03a-DN: one side of a posting. <see cref="LineNo"/> is the STT dòng (1..n over the report).</summary>
public sealed record GeneralJournalEntry(
    int LineNo,
    DateOnly PostingDate,
    string? DocumentNumber,
    DateOnly DocumentDate,
    string Description,
    bool PostedToLedger,
    string AccountCode,
    string? CorrespondingAccountCode,
    decimal Debit,
    decimal Credit,
    Guid? PartnerId,
    DocumentReference Document);
