namespace AmisModular.Storage.Outbox;

/// <summary>
/// One local change to a document, written in the same transaction as the change itself.
/// Identity is (DeviceId, Seq); Seq is last+1 per device, so the push is contiguous and resendable.
/// </summary>
public sealed class OutboxMessage
{
    public Guid DeviceId { get; set; }

    public long Seq { get; set; }

    public Guid DocumentId { get; set; }

    public string Module { get; set; } = "";

    public int SchemaVersion { get; set; }

    public string DocumentType { get; set; } = "";

    public string Operation { get; set; } = "";

    public long BaseVersion { get; set; }

    public string? LocalNumber { get; set; }

    /// <summary>SHA-256 (lowercase hex) of <see cref="Payload"/>, the canonical JSON.</summary>
    public string PayloadHash { get; set; } = "";

    public string Payload { get; set; } = "";

    public OutboxState State { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
