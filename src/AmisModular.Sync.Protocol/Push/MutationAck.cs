namespace AmisModular.Sync.Protocol.Push;

/// <param name="Replayed">True when this ack was stored by an earlier delivery and is returned again.</param>
public sealed record MutationAck(
    long Seq,
    AckStatus Status,
    Guid DocumentId,
    long? Version = null,
    long? ServerSeq = null,
    string? FinalNumber = null,
    AckError? Error = null,
    ServerCopy? ServerCopy = null,
    bool Replayed = false);
