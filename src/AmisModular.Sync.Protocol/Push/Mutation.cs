namespace AmisModular.Sync.Protocol.Push;

/// <summary>One local change. (device, epoch, seq) is its idempotency key; <see cref="PayloadHash"/> = SHA-256 hex of <see cref="Payload"/>.</summary>
public sealed record Mutation(
    long Seq,
    string Module,
    int SchemaVersion,
    string DocumentType,
    Guid DocumentId,
    string Operation,
    long BaseVersion,
    string? LocalNumber,
    string Payload,
    string PayloadHash);
