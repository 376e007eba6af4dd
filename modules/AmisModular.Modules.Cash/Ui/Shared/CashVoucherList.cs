using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Storage;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Ui.Shared;

/// <summary>The receipts / payments lists and the home widget's figures, read from the local store.</summary>
public sealed class CashVoucherList(IStore store)
{
    public async Task<IReadOnlyList<VoucherListItem>> ListAsync(VoucherListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var vouchers = await unit.Context<CashDbContext>().Vouchers.AsNoTracking().Include(v => v.Lines)
            .Where(v => v.CompanyId == query.CompanyId && v.Kind == query.Kind && v.PostingDate >= query.From && v.PostingDate <= query.To)
            .ToListAsync(cancellationToken);
        var partnerIds = vouchers.Where(v => v.PartnerId is not null).Select(v => v.PartnerId!.Value).Distinct().ToList();
        var partners = await unit.Context<LedgerDbContext>().Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return [.. vouchers
            .Where(v => v.Books.Contains(query.Book) && Matches(v.Status, query.Status))
            .Select(v => new VoucherListItem(v.Id, v.DocumentDate, v.NumberFor(query.Book) ?? "", PersonOf(v, partners), v.Description, v.Total, v.Status))
            .Where(i => string.IsNullOrWhiteSpace(query.Text) || TextMatch.Contains(i.Number, query.Text) || TextMatch.Contains(i.Person, query.Text) || TextMatch.Contains(i.Reason, query.Text))
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.Number, StringComparer.Ordinal)];
    }

    /// <summary>Phiếu chưa ghi sổ of the company in the book.</summary>
    public async Task<int> DraftCountAsync(Guid companyId, Book book, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var sets = await unit.Context<CashDbContext>().Vouchers.AsNoTracking()
            .Where(v => v.CompanyId == companyId && v.Status == CashVoucherStatus.Draft).Select(v => v.Books).ToListAsync(cancellationToken);
        return sets.Count(s => s.Contains(book));
    }

    private static bool Matches(CashVoucherStatus status, VoucherStatusFilter filter) => filter switch
    {
        VoucherStatusFilter.Draft => status == CashVoucherStatus.Draft,
        VoucherStatusFilter.Posted => status == CashVoucherStatus.Posted,
        _ => true,
    };

    private static string PersonOf(CashVoucher voucher, Dictionary<Guid, string> partners) =>
        !string.IsNullOrWhiteSpace(voucher.PersonName) ? voucher.PersonName
        : voucher.PartnerId is { } id && partners.TryGetValue(id, out var name) ? name : "";
}
