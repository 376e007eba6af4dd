using System.Text.Json;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Modularity.Abstractions.Documents;

namespace AmisModular.Ledger.Interchange;

/// <summary>The core's documents for <c>amis doc import|export</c>: general journal vouchers (NVK) and partners.</summary>
public sealed class CoreDocumentInterchange(GeneralJournalInterchange journal, PartnerInterchange partners) : IDocumentInterchange
{
    public string ModuleId => "core";

    public IReadOnlyCollection<string> DocumentTypes { get; } = [CatalogDocumentTypes.Partner, GeneralJournalVoucher.Type];

    public Task<IReadOnlyList<DocumentFieldError>> ValidateAsync(string documentType, JsonElement document, CancellationToken cancellationToken) =>
        documentType switch
        {
            GeneralJournalVoucher.Type => journal.ValidateAsync(document, cancellationToken),
            CatalogDocumentTypes.Partner => partners.ValidateAsync(document, cancellationToken),
            _ => Task.FromResult<IReadOnlyList<DocumentFieldError>>([Unknown(documentType)]),
        };

    public Task<ImportedDocument> ImportAsync(string documentType, JsonElement document, CancellationToken cancellationToken) =>
        documentType switch
        {
            GeneralJournalVoucher.Type => journal.ImportAsync(document, cancellationToken),
            CatalogDocumentTypes.Partner => partners.ImportAsync(document, cancellationToken),
            _ => throw new InterchangeValidationException([Unknown(documentType)]),
        };

    public async Task<JsonElement?> ExportAsync(Guid documentId, CancellationToken cancellationToken) =>
        await journal.ExportAsync(documentId, cancellationToken) ?? await partners.ExportAsync(documentId, cancellationToken);

    private static DocumentFieldError Unknown(string documentType) =>
        new("$", InterchangeRules.UnknownDocumentType, $"Mô-đun core không có loại chứng từ '{documentType}' / the core has no document type '{documentType}'");
}
