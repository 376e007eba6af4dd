using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Interchange;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Cli;

/// <summary>
/// Phiếu thu / Phiếu chi as <c>amis doc export|post|unpost</c> and <c>amis print</c> find them: by id, or by number
/// (PT00001, PC00001) in one book or both. Ghi sổ and Bỏ ghi go through <see cref="CashVoucherService"/>, so the
/// period lock, the chart and the till are checked exactly as when a person clicks the button.
/// </summary>
public sealed class CashDocumentDirectory(IStore store, CashVoucherService vouchers) : IDocumentDirectory
{
    public string ModuleId => CashDocumentTypes.ModuleId;

    public IReadOnlyCollection<string> DocumentTypes { get; } = [CashDocumentTypes.Receipt, CashDocumentTypes.Payment];

    public async Task<IReadOnlyList<DocumentReference>> FindAsync(Guid companyId, string numberOrId, Book? book, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numberOrId);
        var wanted = numberOrId.Trim();
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var found = unit.Context<CashDbContext>().Vouchers.AsNoTracking().Where(v => v.CompanyId == companyId);
        found = Guid.TryParse(wanted, out var id) ? found.Where(v => v.Id == id)
            : book == Book.Tax ? found.Where(v => v.TaxNumber == wanted)
            : book == Book.Internal ? found.Where(v => v.InternalNumber == wanted)
            : found.Where(v => v.TaxNumber == wanted || v.InternalNumber == wanted);
        return [.. (await found.ToListAsync(cancellationToken)).Select(Reference)];
    }

    public async Task<IReadOnlyList<DocumentReference>> ListAsync(
        Guid companyId, string? documentType, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (documentType is not null && !DocumentTypes.Contains(documentType))
        {
            return [];
        }

        await using var unit = await store.BeginReadAsync(cancellationToken);
        var found = unit.Context<CashDbContext>().Vouchers.AsNoTracking().Where(v => v.CompanyId == companyId);
        found = documentType is null ? found : found.Where(v => v.Kind == (documentType == CashDocumentTypes.Receipt ? CashVoucherKind.Receipt : CashVoucherKind.Payment));
        found = from is { } start ? found.Where(v => v.PostingDate >= start) : found;
        found = to is { } end ? found.Where(v => v.PostingDate <= end) : found;
        var list = await found.ToListAsync(cancellationToken);
        // Receipts before payments on a day, as the cash book orders them, so a re-import never finds the till short.
        return [.. list.OrderBy(v => v.PostingDate).ThenBy(v => v.Kind == CashVoucherKind.Receipt ? 0 : 1)
            .ThenBy(v => v.TaxNumber ?? v.InternalNumber, StringComparer.Ordinal).ThenBy(v => v.Id).Select(Reference)];
    }

    public Task PostAsync(Guid documentId, CancellationToken cancellationToken) => vouchers.PostAsync(documentId, cancellationToken);

    public Task UnpostAsync(Guid documentId, CancellationToken cancellationToken) => vouchers.UnpostAsync(documentId, cancellationToken);

    private static DocumentReference Reference(CashVoucher v) =>
        new(v.Id, v.DocumentType, v.TaxNumber, v.InternalNumber, v.PostingDate, v.Status == CashVoucherStatus.Posted ? DocumentStatus.Posted : DocumentStatus.Draft);
}
