namespace AmisModular.Cloud.Data;

/// <summary>The answer given to (device, epoch, seq), returned again on a resend with the same payload hash.</summary>
public sealed class StoredAck
{
    public Guid DeviceId { get; set; }

    public int Epoch { get; set; }

    public long Seq { get; set; }

    public string PayloadHash { get; set; } = "";

    public string Status { get; set; } = "";

    /// <summary>The whole ack as protocol JSON.</summary>
    public string AckJson { get; set; } = "";
}
