namespace AmisModular.Sync.State;

/// <summary>
/// A snapshot being (or having been) installed: <see cref="Applied"/> rows of the file are committed, so an interrupted
/// install resumes after them. The book's cursor moves to <see cref="Cursor"/> only in the transaction that sets
/// <see cref="FinishedAt"/>.
/// </summary>
public sealed class SnapshotInstall
{
    public string SnapshotId { get; set; } = "";

    public Guid BookId { get; set; }

    public long Cursor { get; set; }

    public string Sha256 { get; set; } = "";

    /// <summary>Rows in the file.</summary>
    public long Documents { get; set; }

    /// <summary>Rows of the file already applied (in file order).</summary>
    public long Applied { get; set; }

    public int Rejected { get; set; }

    /// <summary>Whether local documents the snapshot lacks are removed at the end (false after a server restore, where
    /// they are the ones to push again): kept so a resumed install does what the interrupted one was asked to.</summary>
    public bool RemoveMissing { get; set; }

    /// <summary>Local documents removed because the server no longer has them.</summary>
    public int Removed { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
