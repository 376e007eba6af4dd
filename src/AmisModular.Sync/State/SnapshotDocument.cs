namespace AmisModular.Sync.State;

/// <summary>
/// A document id seen in the snapshot being installed: after the last row, local documents not listed here (and with no
/// unsynced outbox row) are the ones the server no longer has. Kept on disk, not in memory (a book may hold millions);
/// emptied when the install finishes.
/// </summary>
public sealed class SnapshotDocument
{
    public Guid DocumentId { get; set; }
}
