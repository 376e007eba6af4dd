namespace AmisModular.SyncHost.Control;

/// <summary>A recovery after a server restore is running; <see cref="Message"/> says so (Vietnamese, then English).</summary>
/// <param name="Step">The engine's step (Reconcile, Repull).</param>
/// <param name="Requeued">Documents of this device queued again for the restored server.</param>
public sealed record RecoveryStatus(string Step, int Requeued, DateTimeOffset StartedAt, string Message);
