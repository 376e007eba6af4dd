namespace AmisModular.Sync.Engine;

/// <summary>
/// The server removed this device's access to its book (410 partition-removed naming our book). Sync stops for the
/// book; the local queue and documents are kept; <see cref="SyncEngine.NoticesAsync"/> holds the notice for the shell.
/// </summary>
public sealed class PartitionRemovedException : Exception
{
    public PartitionRemovedException(Guid bookId, string message) : base(message) => BookId = bookId;

    public PartitionRemovedException()
    {
    }

    public PartitionRemovedException(string message) : base(message)
    {
    }

    public PartitionRemovedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public Guid BookId { get; }
}
