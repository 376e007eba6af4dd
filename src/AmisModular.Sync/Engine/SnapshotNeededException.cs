namespace AmisModular.Sync.Engine;

/// <summary>The puller found a device with nothing pulled and a book bigger than the snapshot threshold.</summary>
internal sealed class SnapshotNeededException : Exception
{
    public SnapshotNeededException(long highWater)
        : base($"Sổ có {highWater} thay đổi; tải bản chụp trước. / The book holds {highWater} changes; bootstrap from a snapshot first.")
    {
    }

    public SnapshotNeededException()
    {
    }

    public SnapshotNeededException(string message) : base(message)
    {
    }

    public SnapshotNeededException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
