using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Interchange;

/// <summary>The core's documents for the CLI: general journal vouchers (post/unpost through <see cref="GeneralJournalService"/>) and partners.</summary>
public sealed class CoreDocumentDirectory(IStore store, GeneralJournalService journal) : IDocumentDirectory
{
    public string ModuleId => "core";

    public IReadOnlyCollection<string> DocumentTypes { get; } = [CatalogDocumentTypes.Partner, GeneralJournalVoucher.Type];

    public async Task<IReadOnlyList<DocumentReference>> FindAsync(Guid companyId, string numberOrId, Book? book, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numberOrId);
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var vouchers = unit.Context<LedgerDbContext>().GeneralJournalVouchers.AsNoTracking().Where(v => v.CompanyId == companyId);
        vouchers = Guid.TryParse(numberOrId, out var id) ? vouchers.Where(v => v.Id == id)
            : book == Book.Tax ? vouchers.Where(v => v.TaxNumber == numberOrId)
            : book == Book.Internal ? vouchers.Where(v => v.InternalNumber == numberOrId)
            : vouchers.Where(v => v.TaxNumber == numberOrId || v.InternalNumber == numberOrId);
        return [.. (await vouchers.ToListAsync(cancellationToken)).Select(Reference)];
    }

    public async Task<IReadOnlyList<DocumentReference>> ListAsync(
        Guid companyId, string? documentType, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var result = new List<DocumentReference>();
        if (documentType is null or CatalogDocumentTypes.Partner)
        {
            var partners = await db.Partners.AsNoTracking().Where(p => p.CompanyId == companyId).OrderBy(p => p.Code).ToListAsync(cancellationToken);
            result.AddRange(partners.Select(p => new DocumentReference(p.Id, CatalogDocumentTypes.Partner, null, null, null, null)));
        }

        if (documentType is null or GeneralJournalVoucher.Type)
        {
            var vouchers = db.GeneralJournalVouchers.AsNoTracking().Where(v => v.CompanyId == companyId);
            vouchers = from is { } start ? vouchers.Where(v => v.PostingDate >= start) : vouchers;
            vouchers = to is { } end ? vouchers.Where(v => v.PostingDate <= end) : vouchers;
            var list = await vouchers.ToListAsync(cancellationToken);
            result.AddRange(list.OrderBy(v => v.PostingDate).ThenBy(v => v.TaxNumber ?? v.InternalNumber, StringComparer.Ordinal).Select(Reference));
        }

        return result;
    }

    public Task PostAsync(Guid documentId, CancellationToken cancellationToken) => journal.PostAsync(documentId, cancellationToken);

    public Task UnpostAsync(Guid documentId, CancellationToken cancellationToken) => journal.UnpostAsync(documentId, cancellationToken);

    private static DocumentReference Reference(GeneralJournalVoucher v) =>
        new(v.Id, GeneralJournalVoucher.Type, v.TaxNumber, v.InternalNumber, v.PostingDate, v.Status);
}
