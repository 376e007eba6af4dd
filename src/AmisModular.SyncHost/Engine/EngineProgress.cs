using AmisModular.Sync.Engine;

namespace AmisModular.SyncHost.Engine;

/// <param name="Conflicts">Local versions that lost a conflict, kept for a person to merge.</param>
public sealed record EngineProgress(SyncProgress Progress, int Conflicts);
