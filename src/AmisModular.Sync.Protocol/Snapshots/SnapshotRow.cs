namespace AmisModular.Sync.Protocol.Snapshots;

/// <summary>One line of a snapshot file: a document at its current version (as a change item would carry it).</summary>
/// <param name="Seq">The serverSeq of the document's last change.</param>
/// <param name="Payload">The document in canonical JSON.</param>
public sealed record SnapshotRow(
    long Seq,
    string Module,
    int SchemaVersion,
    string DocumentType,
    Guid DocumentId,
    long Version,
    string Operation,
    string? Payload);
