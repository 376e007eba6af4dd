namespace AmisModular.Sync.Protocol.Push;

/// <summary>One ack per mutation, in order; <see cref="LastSeq"/> is the device's last processed seq on the server.</summary>
public sealed record PushResponse(IReadOnlyList<MutationAck> Acks, long LastSeq);
