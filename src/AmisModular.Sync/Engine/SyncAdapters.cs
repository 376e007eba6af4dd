using AmisModular.Modularity.Abstractions.Sync;

namespace AmisModular.Sync.Engine;

/// <summary>The modules' sync adapters, by module id.</summary>
public sealed class SyncAdapters(IEnumerable<ISyncAdapter> adapters)
{
    private readonly Dictionary<string, ISyncAdapter> byModule = adapters.ToDictionary(a => a.ModuleId, StringComparer.Ordinal);

    public ISyncAdapter? Find(string moduleId) => byModule.GetValueOrDefault(moduleId);

    /// <summary>Every installed module's adapter (snapshot reconciliation walks them all).</summary>
    public IReadOnlyCollection<ISyncAdapter> All => byModule.Values;

    /// <summary>
    /// Applies a document pulled from the cloud (a change-feed item or a snapshot row) through its module's adapter;
    /// a module not installed here refuses it with a reason instead of failing the page.
    /// </summary>
    public Task<SyncApplyResult> ApplyPulledAsync(
        string module, string documentType, int schemaVersion, Guid documentId, long version, string operation, string? payload, CancellationToken cancellationToken) =>
        Find(module) is { } adapter
            ? adapter.ApplyAsync(new SyncDocument(module, documentType, schemaVersion, documentId, version, SyncOperations.Parse(operation), payload ?? "{}"), cancellationToken)
            : Task.FromResult(SyncApplyResult.Rejected($"Phân hệ {module} chưa được cài trên máy này. / Module {module} is not installed here."));

    public IReadOnlyDictionary<string, int> SchemaVersions => byModule.ToDictionary(p => p.Key, p => p.Value.SchemaVersion, StringComparer.Ordinal);
}
