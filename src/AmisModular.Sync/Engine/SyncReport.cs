namespace AmisModular.Sync.Engine;

/// <summary>What one sync run did.</summary>
/// <param name="InboundRejected">Pulled changes this store refused in this run (held whole, see <see cref="SyncProgress.Held"/>).</param>
/// <param name="HeldApplied">Changes held by earlier runs that applied in this one.</param>
public sealed record SyncReport(
    int Pushed, int Acked, int Parked, int Deferred, int Pulled, int Applied, int EchoesSkipped, int InboundRejected, SyncProgress Progress, int HeldApplied = 0);
