using AmisModular.Ledger.Companies;

namespace AmisModular.Ledger.Journal;

/// <summary>
/// One side of a posting in one book (a row of the general journal, S03a-DN), derived from a posted document by
/// its module's posting rule. Never edited: unposting deletes a document's lines, posting writes them again.
/// </summary>
public sealed class JournalLine
{
    public long Id { get; set; }

    public Guid CompanyId { get; set; }

    public Book Book { get; set; }

    public Guid DocumentId { get; set; }

    public string ModuleId { get; set; } = "";

    public string DocumentType { get; set; } = "";

    public string? DocumentNumber { get; set; }

    public DateOnly DocumentDate { get; set; }

    public DateOnly PostingDate { get; set; }

    /// <summary>1..n within the document and book, in the order the rule produced the lines.</summary>
    public int LineNo { get; set; }

    /// <summary>The document line the posting came from (for "line 3 of PT00012" in errors and drill-down).</summary>
    public int SourceLineNo { get; set; }

    public string AccountCode { get; set; } = "";

    /// <summary>TK đối ứng, stored so the general ledger (S03b) never has to guess it.</summary>
    public string? CorrespondingAccountCode { get; set; }

    public decimal Debit { get; set; }

    public decimal Credit { get; set; }

    public Guid? PartnerId { get; set; }

    public Guid? BranchId { get; set; }

    public string? Description { get; set; }

    public string RuleId { get; set; } = "";
}
