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
}
