using AmisModular.Sync.Recovery;

namespace AmisModular.Sync.State;

/// <summary>
/// A recovery after a server restore, in progress: which server epoch it recovers to and the step reached, so a crash
/// midway resumes at that step. The row exists only while the recovery runs (or waits for re-enrollment).
/// </summary>
public sealed class SyncRecovery
{
    public Guid DeviceId { get; set; }

    /// <summary>The restored server's epoch; the credential takes it when the recovery finishes.</summary>
    public string TargetServerEpoch { get; set; } = "";

    public RestoreRecoveryStep Step { get; set; }

    /// <summary>Documents re-queued because the server lacked them or held an older version.</summary>
    public int Requeued { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
