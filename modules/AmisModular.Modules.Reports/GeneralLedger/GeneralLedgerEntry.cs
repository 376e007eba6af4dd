using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.GeneralLedger;

/// <summary>
/// One row of S03b-DN. <see cref="JournalLineNo"/> is the line's STT dòng in the general journal of the same range;
/// <see cref="AccountCode"/> is the detail account posted (the ledger account or one of its sub-accounts).
/// </summary>
public sealed record GeneralLedgerEntry(
    DateOnly PostingDate,
    string? DocumentNumber,
    DateOnly DocumentDate,
    string Description,
    int JournalLineNo,
    string AccountCode,
    string? CorrespondingAccountCode,
    decimal Debit,
    decimal Credit,
    Guid? PartnerId,
    DocumentReference Document);
