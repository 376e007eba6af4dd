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
}
