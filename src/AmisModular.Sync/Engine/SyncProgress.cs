using AmisModular.Sync.Recovery;

namespace AmisModular.Sync.Engine;

/// <param name="Pending">Outbox rows still to push.</param>
/// <param name="Remaining">Changes on the server not yet pulled (highWater - cursor at the last pull).</param>
/// <param name="Parked">Outbox rows the cloud refused, kept with a reason.</param>
/// <param name="Held">Pulled changes this store refused, held whole and tried again at every sync (the inbound side of Parked).</param>
/// <param name="Recovery">Set while a recovery after a server restore runs ("recovering after server restore") or waits for re-enrollment.</param>
public sealed record SyncProgress(int Pending, int Acked, int Parked, long Remaining, DateTimeOffset? LastSuccessfulSync, RestoreRecoveryStatus? Recovery = null, int Held = 0);
