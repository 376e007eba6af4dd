namespace AmisModular.Sync.State;

/// <summary>The local version of a document that lost a conflict (or was refused): kept for the user to merge.</summary>
public sealed class ConflictCopy
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    public long Seq { get; set; }

    public string Module { get; set; } = "";

    public string DocumentType { get; set; } = "";

    public string LocalPayload { get; set; } = "";

    public long? ServerVersion { get; set; }

    public string? ServerPayload { get; set; }

    public string Code { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
