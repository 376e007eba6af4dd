namespace AmisModular.Sync.Protocol.Pull;

/// <param name="OriginDeviceId">The device whose push made this change (its own echo is skipped by that device).</param>
/// <param name="Payload">The document at <see cref="Version"/> in canonical JSON; null for a delete.</param>
public sealed record ChangeItem(
    long ServerSeq,
    string Module,
    int SchemaVersion,
    string DocumentType,
    Guid DocumentId,
    long Version,
    string Operation,
    Guid OriginDeviceId,
    string? Payload);
