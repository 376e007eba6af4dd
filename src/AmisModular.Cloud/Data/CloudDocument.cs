namespace AmisModular.Cloud.Data;

/// <summary>The server's current copy of a document (identity = book + document id).</summary>
public sealed class CloudDocument
{
    public Guid BookId { get; set; }

    public Guid DocumentId { get; set; }

    public string Module { get; set; } = "";

    public string DocumentType { get; set; } = "";

    public int SchemaVersion { get; set; }

    public long Version { get; set; }

    /// <summary>The last operation: decides immutability (post) and tombstones (void/delete).</summary>
    public string Operation { get; set; } = "";

    public bool Posted { get; set; }

    public bool Removed { get; set; }

    public string? Number { get; set; }

    public string? Payload { get; set; }

    public long LastServerSeq { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
