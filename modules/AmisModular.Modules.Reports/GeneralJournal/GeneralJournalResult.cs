using AmisModular.Modules.Reports.Common;
using AmisModular.Printing.Tables;

namespace AmisModular.Modules.Reports.GeneralJournal;

/// <summary>The general journal as rows and as a printable table; Σ Nợ must equal Σ Có.</summary>
public sealed record GeneralJournalResult(ReportHeader Header, IReadOnlyList<GeneralJournalEntry> Entries)
{
    public decimal TotalDebit => Entries.Sum(e => e.Debit);

    public decimal TotalCredit => Entries.Sum(e => e.Credit);

    public bool IsBalanced => TotalDebit == TotalCredit;

    public ReportTable ToTable() => GeneralJournalTable.Build(this);
}
