namespace AmisModular.Sync.Protocol.Push;

/// <summary>One local change. (device, epoch, seq) is its idempotency key; <see cref="PayloadHash"/> = SHA-256 hex of <see cref="Payload"/>.</summary>
/// <param name="Skip">Set by the client for a causal dependent it parked (a later change of a document whose earlier change
/// was refused): the server records it as rejected without applying it, which keeps the seqs contiguous.</param>
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
    string PayloadHash,
    bool Skip = false);
