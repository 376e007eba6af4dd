using AmisModular.Ledger.Companies;
using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Modules.Cash.Sync;

/// <summary>The interchange form of a cash voucher, schema version 1.</summary>
public sealed record CashVoucherPayload(
    Guid Id,
    CashVoucherKind Kind,
    Guid CompanyId,
    Guid? BranchId,
    BookSet Books,
    string? TaxNumber,
    string? InternalNumber,
    DateOnly DocumentDate,
    DateOnly PostingDate,
    Guid? PartnerId,
    string PersonName,
    string? Address,
    string Description,
    int AttachedDocuments,
    string CashAccount,
    string Currency,
    CashVoucherStatus Status,
    long Version,
    IReadOnlyList<CashVoucherPayloadLine> Lines)
{
    public static CashVoucherPayload From(CashVoucher v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Id, v.Kind, v.CompanyId, v.BranchId, v.Books, v.TaxNumber, v.InternalNumber, v.DocumentDate, v.PostingDate, v.PartnerId,
            v.PersonName, v.Address, v.Description, v.AttachedDocuments, v.CashAccount, v.Currency, v.Status, v.Version,
            [.. v.Lines.OrderBy(l => l.LineNo).Select(l => new CashVoucherPayloadLine(l.LineNo, l.CounterAccount, l.Amount, l.Description, l.PartnerId))]);
    }

    public void ApplyTo(CashVoucher v)
    {
        ArgumentNullException.ThrowIfNull(v);
        (v.Id, v.Kind, v.CompanyId, v.BranchId, v.Books, v.TaxNumber, v.InternalNumber) = (Id, Kind, CompanyId, BranchId, Books, TaxNumber, InternalNumber);
        (v.DocumentDate, v.PostingDate, v.PartnerId, v.PersonName, v.Address) = (DocumentDate, PostingDate, PartnerId, PersonName, Address);
        (v.Description, v.AttachedDocuments, v.CashAccount, v.Currency, v.Status, v.Version) = (Description, AttachedDocuments, CashAccount, Currency, Status, Version);
        CashVoucherLines.Replace(v, [.. Lines.Select(l => new CashVoucherLine
        {
            VoucherId = Id, LineNo = l.LineNo, CounterAccount = l.CounterAccount, Amount = l.Amount, Description = l.Description, PartnerId = l.PartnerId,
        })]);
    }
}
