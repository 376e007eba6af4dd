namespace AmisModular.SyncHost.Control;

public sealed class SyncStatusChangedEventArgs(SyncStatus previous, SyncStatus current) : EventArgs
{
    public SyncStatus Previous { get; } = previous;

    public SyncStatus Current { get; } = current;
}
