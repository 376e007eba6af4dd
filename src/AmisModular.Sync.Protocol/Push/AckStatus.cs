namespace AmisModular.Sync.Protocol.Push;

public enum AckStatus
{
    /// <summary>Applied now.</summary>
    Accepted,

    /// <summary>Applied by an earlier delivery of the same (device, epoch, seq); the stored ack is returned.</summary>
    Duplicate,

    /// <summary>The server copy has another version; see <see cref="MutationAck.ServerCopy"/>.</summary>
    Conflict,

    /// <summary>Invalid; see <see cref="MutationAck.Error"/>.</summary>
    Rejected,

    /// <summary>The server cannot take it yet (module schema newer than the server's); keep it queued.</summary>
    Deferred,
}
