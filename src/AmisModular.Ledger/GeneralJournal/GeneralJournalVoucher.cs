using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Posting;

namespace AmisModular.Ledger.GeneralJournal;

/// <summary>Chứng từ nghiệp vụ khác (NVK): any balanced entry, numbered and posted per book.</summary>
public sealed class GeneralJournalVoucher : IPostableDocument
{
    public const string Type = "core.general-journal";

    public const string DefaultPrefix = "NVK";

    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public Guid? BranchId { get; set; }

    public BookSet Books { get; set; }

    /// <summary>RefNoFinance: the number in the Tax book.</summary>
    public string? TaxNumber { get; set; }

    /// <summary>RefNoManagement: the number in the Internal book.</summary>
    public string? InternalNumber { get; set; }

    public DateOnly DocumentDate { get; set; }

    public DateOnly PostingDate { get; set; }

    public string Description { get; set; } = "";

    public DocumentStatus Status { get; set; }

    public long Version { get; set; }

    /// <summary>Set on a reversal: the voucher it reverses (correction of a posted voucher in a locked period).</summary>
    public Guid? ReversalOfId { get; set; }

    public List<GeneralJournalLine> Lines { get; set; } = [];

    Guid IPostableDocument.DocumentId => Id;

    string IPostableDocument.ModuleId => "core";

    string IPostableDocument.DocumentType => Type;

    public string? NumberFor(Book book) => book == Book.Tax ? TaxNumber : InternalNumber;

    public string DisplayNumber => TaxNumber ?? InternalNumber ?? Id.ToString();
}
