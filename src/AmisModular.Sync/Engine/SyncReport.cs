namespace AmisModular.Sync.Engine;

/// <summary>What one sync run did.</summary>
public sealed record SyncReport(int Pushed, int Acked, int Parked, int Deferred, int Pulled, int Applied, int EchoesSkipped, int InboundRejected, SyncProgress Progress);
