namespace AmisModular.Sync.Recovery;

/// <summary>Where a recovery after a server restore is; persisted, so a crash resumes at the step.</summary>
public enum RestoreRecoveryStep
{
    /// <summary>Compare the local documents with the server (/have), start a new device epoch and rebuild the outbox.</summary>
    Reconcile,

    /// <summary>The outbox is rebuilt in the new epoch: push it, then re-pull the whole change log from 0.</summary>
    Repull,

    /// <summary>The restored server does not know this device (enrolled after the backup): enroll again.</summary>
    ReenrollmentRequired,
}
