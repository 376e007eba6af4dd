using AmisModular.Ledger.Companies;

namespace AmisModular.Ledger.GeneralJournal;

/// <summary>The interchange (sync) form of a general journal voucher, schema version 1.</summary>
public sealed record GeneralJournalPayload(
    Guid Id,
    Guid CompanyId,
    Guid? BranchId,
    BookSet Books,
    string? TaxNumber,
    string? InternalNumber,
    DateOnly DocumentDate,
    DateOnly PostingDate,
    string Description,
    DocumentStatus Status,
    long Version,
    Guid? ReversalOfId,
    IReadOnlyList<GeneralJournalPayloadLine> Lines)
{
    public const int SchemaVersion = 1;

    public static GeneralJournalPayload From(GeneralJournalVoucher voucher)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        return new(voucher.Id, voucher.CompanyId, voucher.BranchId, voucher.Books, voucher.TaxNumber, voucher.InternalNumber,
            voucher.DocumentDate, voucher.PostingDate, voucher.Description, voucher.Status, voucher.Version, voucher.ReversalOfId,
            [.. voucher.Lines.OrderBy(l => l.LineNo).Select(l => new GeneralJournalPayloadLine(
                l.LineNo, l.DebitAccount, l.CreditAccount, l.Amount, l.Description, l.DebitPartnerId, l.CreditPartnerId))]);
    }

    /// <summary>Copies the payload onto a (new or existing) voucher, replacing its lines.</summary>
    public void ApplyTo(GeneralJournalVoucher voucher)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        (voucher.Id, voucher.CompanyId, voucher.BranchId, voucher.Books) = (Id, CompanyId, BranchId, Books);
        (voucher.TaxNumber, voucher.InternalNumber, voucher.DocumentDate, voucher.PostingDate) = (TaxNumber, InternalNumber, DocumentDate, PostingDate);
        (voucher.Description, voucher.Status, voucher.Version, voucher.ReversalOfId) = (Description, Status, Version, ReversalOfId);
        GeneralJournalLines.Replace(voucher, [.. Lines.Select(l => new GeneralJournalLine
        {
            VoucherId = Id, LineNo = l.LineNo, DebitAccount = l.DebitAccount, CreditAccount = l.CreditAccount, Amount = l.Amount,
            Description = l.Description, DebitPartnerId = l.DebitPartnerId, CreditPartnerId = l.CreditPartnerId,
        })]);
    }
}
