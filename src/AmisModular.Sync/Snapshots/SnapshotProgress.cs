namespace AmisModular.Sync.Snapshots;

/// <summary>What the tray/shell shows during a snapshot bootstrap: bytes downloaded / total, documents installed / total.</summary>
public sealed record SnapshotProgress(string SnapshotId, SnapshotPhase Phase, long BytesDone, long BytesTotal, long DocumentsDone, long DocumentsTotal);
