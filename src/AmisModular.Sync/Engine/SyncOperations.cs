using AmisModular.Modularity.Abstractions.Sync;

namespace AmisModular.Sync.Engine;

internal static class SyncOperations
{
    public static SyncOperation Parse(string operation) =>
        Enum.TryParse<SyncOperation>(operation, ignoreCase: true, out var parsed) ? parsed : SyncOperation.Upsert;
}
