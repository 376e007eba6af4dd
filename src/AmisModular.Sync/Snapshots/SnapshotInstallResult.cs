namespace AmisModular.Sync.Snapshots;

/// <param name="Cursor">The book's pull cursor after the install (the snapshot's serverSeq).</param>
/// <param name="Applied">Rows written by adapters (an already-current local copy is not counted).</param>
/// <param name="Rejected">Rows an adapter refused (held whole as inbound rejections, tried again at every pull run).</param>
/// <param name="Removed">Local documents removed because the server no longer has them.</param>
/// <param name="Resumed">True when this install continued an interrupted one.</param>
public sealed record SnapshotInstallResult(string SnapshotId, long Cursor, long Documents, long Applied, int Rejected, int Removed, bool Resumed);
