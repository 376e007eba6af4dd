using AmisModular.Ledger.Companies;

namespace AmisModular.Cloud.Data;

/// <summary>
/// A journal line the cloud derived from a posted document by the same rule the desktop posts with, so the cloud
/// shows the latest figures of a company without any desktop. Replaced whenever the document changes; removed on
/// unpost, void and delete. Money is stored as integer ten-thousandths (MoneyConverter), so SQL sums are exact.
/// </summary>
public sealed class CloudJournalLine
{
    public Guid BookId { get; set; }

    public Guid DocumentId { get; set; }

    /// <summary>Sổ thuế or sổ quản trị: a document posted to both books has its lines twice.</summary>
    public Book Ledger { get; set; }

    public int LineNo { get; set; }

    public DateOnly PostingDate { get; set; }

    public string AccountCode { get; set; } = "";

    public string? CorrespondingAccountCode { get; set; }

    public decimal Debit { get; set; }

    public decimal Credit { get; set; }

    public Guid? PartnerId { get; set; }
}
