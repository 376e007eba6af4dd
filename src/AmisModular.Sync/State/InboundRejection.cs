namespace AmisModular.Sync.State;

/// <summary>
/// A pulled change this store refused (module missing or too old here, a sub-account or partner not here yet, a local
/// rule), held whole: the feed moves on, and the change is tried again, through the same adapter, at the start of every
/// pull run until it applies or a newer version of the document supersedes it. Nothing the cloud sent is lost.
/// </summary>
public sealed class InboundRejection
{
    public Guid BookId { get; set; }

    /// <summary>The change's serverSeq (a snapshot row: the seq of the document's last change). Retries go in this order.</summary>
    public long ServerSeq { get; set; }

    public string Module { get; set; } = "";

    public string DocumentType { get; set; } = "";

    public int SchemaVersion { get; set; }

    public Guid DocumentId { get; set; }

    public long Version { get; set; }

    /// <summary>upsert, post, void or delete (<see cref="Protocol.Push.MutationOperations"/>).</summary>
    public string Operation { get; set; } = "";

    /// <summary>The device whose push made the change; null for a snapshot row (the file does not say).</summary>
    public Guid? OriginDeviceId { get; set; }

    /// <summary>The document in canonical JSON as the cloud sent it; null for a removal.</summary>
    public string? Payload { get; set; }

    /// <summary>Why the last attempt refused it, from the adapter (Vietnamese, then English).</summary>
    public string Reason { get; set; } = "";

    public DateTimeOffset FirstAttemptAt { get; set; }

    public DateTimeOffset LastAttemptAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>
    /// A row recorded before changes were kept whole (its module is empty): it names a change but cannot be applied,
    /// so retries skip it.
    /// </summary>
    public bool CanRetry => Module.Length > 0;
}
