using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Sync.State;

/// <summary>What the server answered for one outbox seq: its serverSeq, version and final number when accepted.</summary>
public sealed class SyncAckRecord
{
    public Guid DeviceId { get; set; }

    public long Seq { get; set; }

    public Guid DocumentId { get; set; }

    public string Status { get; set; } = "";

    public long? ServerSeq { get; set; }

    public long? Version { get; set; }

    public string? FinalNumber { get; set; }

    public string? Code { get; set; }

    public DateTimeOffset AckedAt { get; set; }

    /// <summary>A new record of the answer to (device, seq).</summary>
    public static SyncAckRecord Of(Guid deviceId, MutationAck ack, DateTimeOffset at)
    {
        var record = new SyncAckRecord { DeviceId = deviceId, Seq = ack?.Seq ?? throw new ArgumentNullException(nameof(ack)) };
        record.Take(ack, at);
        return record;
    }

    /// <summary>Keeps what the server answered (a seq answered again keeps the latest answer).</summary>
    public void Take(MutationAck ack, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(ack);
        (DocumentId, Status, ServerSeq, Version) = (ack.DocumentId, ack.Status.ToString(), ack.ServerSeq, ack.Version);
        (FinalNumber, Code, AckedAt) = (ack.FinalNumber, ack.Error?.Code, at);
    }
}
