using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Posting;

namespace AmisModular.Modules.Cash.Documents;

/// <summary>Phiếu thu / Phiếu chi: header fields of forms 01-TT / 02-TT, lines with counter-accounts.</summary>
public sealed class CashVoucher : IPostableDocument
{
    public Guid Id { get; set; }

    public CashVoucherKind Kind { get; set; }

    public Guid CompanyId { get; set; }

    public Guid? BranchId { get; set; }

    public BookSet Books { get; set; }

    public string? TaxNumber { get; set; }

    public string? InternalNumber { get; set; }

    public DateOnly DocumentDate { get; set; }

    public DateOnly PostingDate { get; set; }

    /// <summary>Đối tượng (customer, vendor, employee), if the money comes from or goes to one.</summary>
    public Guid? PartnerId { get; set; }

    /// <summary>Họ và tên người nộp (nhận) tiền.</summary>
    public string PersonName { get; set; } = "";

    public string? Address { get; set; }

    /// <summary>Lý do nộp (chi).</summary>
    public string Description { get; set; } = "";

    /// <summary>Kèm theo … chứng từ gốc.</summary>
    public int AttachedDocuments { get; set; }

    /// <summary>The till's account, 1111 by default.</summary>
    public string CashAccount { get; set; } = "1111";

    public string Currency { get; set; } = "VND";

    public CashVoucherStatus Status { get; set; }

    public long Version { get; set; }

    public List<CashVoucherLine> Lines { get; set; } = [];

    public decimal Total => Lines.Sum(l => l.Amount);

    Guid IPostableDocument.DocumentId => Id;

    string IPostableDocument.ModuleId => CashDocumentTypes.ModuleId;

    public string DocumentType => CashDocumentTypes.For(Kind);

    public string? NumberFor(Book book) => book == Book.Tax ? TaxNumber : InternalNumber;
}
