using System.Runtime.CompilerServices;
using AmisModular.Modularity.Abstractions.Sync;

namespace AmisModular.Ledger.Sync;

/// <summary>
/// The core's one registered adapter (the SDK wants one per module): routes general journal vouchers and catalog
/// entries to their own adapters by document type.
/// </summary>
public sealed class CoreSyncAdapter(GeneralJournalSyncAdapter journal, CatalogSyncAdapter catalogs) : ISyncAdapter
{
    private readonly ISyncAdapter[] parts = [journal, catalogs];

    public string ModuleId => "core";

    public int SchemaVersion => 1;

    public IReadOnlyCollection<string> DocumentTypes => [.. parts.SelectMany(p => p.DocumentTypes)];

    public async Task<SyncDocument?> ExportAsync(Guid documentId, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            if (await part.ExportAsync(documentId, cancellationToken) is { } document)
            {
                return document;
            }
        }

        return null;
    }

    public async IAsyncEnumerable<SyncDocumentVersion> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            await foreach (var document in part.ListAsync(cancellationToken))
            {
                yield return document;
            }
        }
    }

    public Task<SyncApplyResult> ApplyAsync(SyncDocument document, CancellationToken cancellationToken) =>
        Route(document, part => part.ApplyAsync(document, cancellationToken));

    /// <summary>Forwarded to the part, or the SDK's default (Rejected) would leave the losing local copy in place.</summary>
    public Task<SyncApplyResult> ReplaceWithServerCopyAsync(SyncDocument serverCopy, CancellationToken cancellationToken) =>
        Route(serverCopy, part => part.ReplaceWithServerCopyAsync(serverCopy, cancellationToken));

    /// <summary>General journal drafts renumber; catalog entries carry no number (the SDK default says so).</summary>
    public Task<RenumberResult> RenumberAsync(RenumberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ISyncAdapter? part = parts.FirstOrDefault(p => p.DocumentTypes.Contains(request.DocumentType));
        return part is null
            ? Task.FromResult(RenumberResult.Cannot($"Loại chứng từ {request.DocumentType} không thuộc phân hệ core / unknown core document type {request.DocumentType}."))
            : part.RenumberAsync(request, cancellationToken);
    }

    private Task<SyncApplyResult> Route(SyncDocument document, Func<ISyncAdapter, Task<SyncApplyResult>> apply)
    {
        ArgumentNullException.ThrowIfNull(document);
        var part = parts.FirstOrDefault(p => p.DocumentTypes.Contains(document.DocumentType));
        return part is null
            ? Task.FromResult(SyncApplyResult.Rejected($"Loại chứng từ {document.DocumentType} không thuộc phân hệ core / unknown core document type {document.DocumentType}."))
            : apply(part);
    }
}
