using AmisModular.Sync.Recovery;

namespace AmisModular.Sync.Engine;

/// <param name="Pending">Outbox rows still to push.</param>
/// <param name="Remaining">Changes on the server not yet pulled (highWater - cursor at the last pull).</param>
/// <param name="Recovery">Set while a recovery after a server restore runs ("recovering after server restore") or waits for re-enrollment.</param>
public sealed record SyncProgress(int Pending, int Acked, int Parked, long Remaining, DateTimeOffset? LastSuccessfulSync, RestoreRecoveryStatus? Recovery = null);
