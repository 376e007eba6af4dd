using AmisModular.Modularity.Abstractions.Sync;

namespace AmisModular.Sync.Engine;

/// <summary>The modules' sync adapters, by module id.</summary>
public sealed class SyncAdapters(IEnumerable<ISyncAdapter> adapters)
{
    private readonly Dictionary<string, ISyncAdapter> byModule = adapters.ToDictionary(a => a.ModuleId, StringComparer.Ordinal);

    public ISyncAdapter? Find(string moduleId) => byModule.GetValueOrDefault(moduleId);

    /// <summary>Every installed module's adapter (snapshot reconciliation walks them all).</summary>
    public IReadOnlyCollection<ISyncAdapter> All => byModule.Values;

    public IReadOnlyDictionary<string, int> SchemaVersions => byModule.ToDictionary(p => p.Key, p => p.Value.SchemaVersion, StringComparer.Ordinal);
}
