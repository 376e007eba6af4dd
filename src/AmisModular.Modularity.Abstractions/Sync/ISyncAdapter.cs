namespace AmisModular.Modularity.Abstractions.Sync;

/// <summary>
/// How the sync engine moves a module's documents: serialize one to its canonical interchange form and apply one
/// back, idempotently by id and version. One adapter per module, registered as a service.
/// </summary>
public interface ISyncAdapter
{
    string ModuleId { get; }

    /// <summary>The interchange schema version this module writes and the oldest it can read.</summary>
    int SchemaVersion { get; }

    IReadOnlyCollection<string> DocumentTypes { get; }

    Task<SyncDocument?> ExportAsync(Guid documentId, CancellationToken cancellationToken);

    Task<SyncApplyResult> ApplyAsync(SyncDocument document, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a page of pulled documents of this module, in order, and returns one result per document in the same
    /// order. Runs in the caller's ambient unit (the page's transaction), like <see cref="ApplyAsync"/>. An adapter may
    /// do it set-based (look up the page in a few queries, write new rows in bulk) but must give exactly the results
    /// and the rows that calling <see cref="ApplyAsync"/> on each document in order would; the default does just that.
    /// </summary>
    async Task<IReadOnlyList<SyncApplyResult>> ApplyManyAsync(IReadOnlyList<SyncDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var results = new List<SyncApplyResult>(documents.Count);
        foreach (var document in documents)
        {
            results.Add(await ApplyAsync(document, cancellationToken));
        }

        return results;
    }

    /// <summary>
    /// Every document of this module the local store holds, with its version, streamed (a store may hold millions).
    /// Reconciliation compares it with the server: after a server restore (POST /have) and after a snapshot install
    /// (documents the server no longer has).
    /// </summary>
    IAsyncEnumerable<SyncDocumentVersion> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// After a push conflict the server's copy wins even when the local (unsynced) copy has an equal or higher
    /// version; the engine has already saved the local copy as a conflict copy. Adapters that cannot replace
    /// return Rejected and the local copy stays as it is (parked).
    /// </summary>
    Task<SyncApplyResult> ReplaceWithServerCopyAsync(SyncDocument serverCopy, CancellationToken cancellationToken) =>
        Task.FromResult(SyncApplyResult.Rejected($"Module {ModuleId} cannot replace a document with the server copy."));

    /// <summary>
    /// Scenario 10 for drafts: the server refused the draft's number (number-collision, e.g. a counter reused after a
    /// restore). In ONE transaction (the caller's ambient unit) the adapter takes the next number of the same series,
    /// updates the draft, sets its version to BaseVersion + 1 and queues an upsert on BaseVersion through the unit's
    /// outbox. A posted document is not renumbered (its number is legal record): return Cannot, it goes to review.
    /// </summary>
    Task<RenumberResult> RenumberAsync(RenumberRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(RenumberResult.Cannot($"Phân hệ {ModuleId} không tự đổi số chứng từ; cần xem lại. / Module {ModuleId} cannot renumber a document; review needed."));
}
