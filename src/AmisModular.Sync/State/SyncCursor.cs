namespace AmisModular.Sync.State;

/// <summary>How far the change feed of a book was applied; moved only in the transaction that applied the page.</summary>
public sealed class SyncCursor
{
    public Guid BookId { get; set; }

    public long Cursor { get; set; }

    public long HighWater { get; set; }

    public DateTimeOffset? LastPulledAt { get; set; }

    public DateTimeOffset? LastSuccessfulSyncAt { get; set; }
}
