namespace AmisModular.Cloud.Data;

/// <summary>One accepted change, the unit of the change feed; the payload is the document at that version.</summary>
public sealed class ChangeLogEntry
{
    public Guid BookId { get; set; }

    public long ServerSeq { get; set; }

    public Guid DocumentId { get; set; }

    public string Module { get; set; } = "";

    public string DocumentType { get; set; } = "";

    public int SchemaVersion { get; set; }

    public long Version { get; set; }

    public string Operation { get; set; } = "";

    public Guid OriginDeviceId { get; set; }

    public string? Payload { get; set; }

    public DateTimeOffset CommittedAt { get; set; }
}
