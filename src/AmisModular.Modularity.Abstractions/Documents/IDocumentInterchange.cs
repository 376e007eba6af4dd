using System.Text.Json;

namespace AmisModular.Modularity.Abstractions.Documents;

/// <summary>
/// A module's documents in the documented JSON interchange form (the same form sync carries in
/// <c>SyncDocument.PayloadJson</c>), for <c>amis doc import|export</c>. Unlike a sync apply, an import is a LOCAL
/// change: it numbers the document when it has no number, and writes its outbox row so it syncs.
/// The caller wraps a whole file in one store transaction, so a file imports all-or-nothing.
/// </summary>
public interface IDocumentInterchange
{
    string ModuleId { get; }

    IReadOnlyCollection<string> DocumentTypes { get; }

    /// <summary>Checks one document without writing; every problem names its field and rule.</summary>
    Task<IReadOnlyList<DocumentFieldError>> ValidateAsync(string documentType, JsonElement document, CancellationToken cancellationToken);

    /// <summary>Writes one valid document as a local change; returns its id and number.</summary>
    Task<ImportedDocument> ImportAsync(string documentType, JsonElement document, CancellationToken cancellationToken);

    /// <summary>The document in interchange form, or null when this module has no such document.</summary>
    Task<JsonElement?> ExportAsync(Guid documentId, CancellationToken cancellationToken);
}
