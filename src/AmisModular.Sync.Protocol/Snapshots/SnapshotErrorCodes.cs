namespace AmisModular.Sync.Protocol.Snapshots;

/// <summary>Snapshot-specific request failures (the others are in <see cref="Errors.SyncErrorCodes"/>).</summary>
public static class SnapshotErrorCodes
{
    /// <summary>404: no such snapshot for the caller's book (another book's id, or pruned): ask for a new manifest.</summary>
    public const string NotFound = "snapshot-not-found";
}
