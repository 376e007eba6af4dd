namespace AmisModular.Sync.Snapshots;

public enum SnapshotPhase
{
    Downloading,
    Installing,

    /// <summary>Removing local documents the server no longer has.</summary>
    Reconciling,
    Done,
}
