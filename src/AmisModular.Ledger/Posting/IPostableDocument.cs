using AmisModular.Ledger.Companies;

namespace AmisModular.Ledger.Posting;

/// <summary>What the posting pipeline needs to know about any module's document header.</summary>
public interface IPostableDocument
{
    Guid DocumentId { get; }

    string ModuleId { get; }

    /// <summary>e.g. <c>cash.receipt</c>, <c>core.general-journal</c>.</summary>
    string DocumentType { get; }

    Guid CompanyId { get; }

    Guid? BranchId { get; }

    BookSet Books { get; }

    DateOnly DocumentDate { get; }

    /// <summary>Ngày hạch toán: decides the period (and its lock) and the regime's chart.</summary>
    DateOnly PostingDate { get; }

    string Description { get; }

    string? NumberFor(Book book);
}
