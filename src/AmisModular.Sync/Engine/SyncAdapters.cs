using AmisModular.Modularity.Abstractions.Sync;

namespace AmisModular.Sync.Engine;

/// <summary>The modules' sync adapters, by module id.</summary>
public sealed class SyncAdapters(IEnumerable<ISyncAdapter> adapters)
{
    private readonly Dictionary<string, ISyncAdapter> byModule = adapters.ToDictionary(a => a.ModuleId, StringComparer.Ordinal);

    public ISyncAdapter? Find(string moduleId) => byModule.GetValueOrDefault(moduleId);

    /// <summary>Every installed module's adapter (snapshot reconciliation walks them all).</summary>
    public IReadOnlyCollection<ISyncAdapter> All => byModule.Values;

    /// <summary>A change-feed item or a snapshot row as the document its module's adapter applies.</summary>
    public static SyncDocument Pulled(
        string module, string documentType, int schemaVersion, Guid documentId, long version, string operation, string? payload) =>
        new(module, documentType, schemaVersion, documentId, version, SyncOperations.Parse(operation), payload ?? "{}");

    /// <summary>
    /// Applies a document pulled from the cloud (a change-feed item or a snapshot row) through its module's adapter;
    /// a module not installed here refuses it with a reason instead of failing the page.
    /// </summary>
    public Task<SyncApplyResult> ApplyPulledAsync(
        string module, string documentType, int schemaVersion, Guid documentId, long version, string operation, string? payload, CancellationToken cancellationToken) =>
        Find(module) is { } adapter
            ? adapter.ApplyAsync(Pulled(module, documentType, schemaVersion, documentId, version, operation, payload), cancellationToken)
            : Task.FromResult(NotInstalled(module));

    /// <summary>
    /// Applies pulled documents in order, one result per document in the same order: each run of consecutive
    /// documents of one module goes to its adapter's <see cref="ISyncAdapter.ApplyManyAsync"/> (set-based where the
    /// module supports it), so the order between modules is kept (a catalog before the voucher that names it).
    /// </summary>
    public async Task<IReadOnlyList<SyncApplyResult>> ApplyPulledManyAsync(IReadOnlyList<SyncDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var results = new List<SyncApplyResult>(documents.Count);
        var start = 0;
        while (start < documents.Count)
        {
            var module = documents[start].ModuleId;
            var end = start;
            while (end < documents.Count && string.Equals(documents[end].ModuleId, module, StringComparison.Ordinal))
            {
                end++;
            }

            var run = documents.Skip(start).Take(end - start).ToList();
            if (Find(module) is { } adapter)
            {
                var applied = await adapter.ApplyManyAsync(run, cancellationToken);
                if (applied.Count != run.Count)
                {
                    throw new InvalidOperationException($"Module {module} returned {applied.Count} results for {run.Count} documents.");
                }

                results.AddRange(applied);
            }
            else
            {
                results.AddRange(run.Select(_ => NotInstalled(module)));
            }

            start = end;
        }

        return results;
    }

    public IReadOnlyDictionary<string, int> SchemaVersions => byModule.ToDictionary(p => p.Key, p => p.Value.SchemaVersion, StringComparer.Ordinal);

    private static SyncApplyResult NotInstalled(string module) =>
        SyncApplyResult.Rejected($"Phân hệ {module} chưa được cài trên máy này. / Module {module} is not installed here.");
}
