namespace AmisModular.Sync.Snapshots;

/// <summary>
/// The downloaded snapshot kept failing its checksums (every retry fetched a bad chunk, or the whole-file SHA-256
/// differs): nothing was installed; the next sync asks for the snapshot again.
/// </summary>
public sealed class SnapshotCorruptException : Exception
{
    public SnapshotCorruptException(string message) : base(message)
    {
    }

    public SnapshotCorruptException()
    {
    }

    public SnapshotCorruptException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
