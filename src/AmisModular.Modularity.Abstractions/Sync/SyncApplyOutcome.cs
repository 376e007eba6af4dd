namespace AmisModular.Modularity.Abstractions.Sync;

public enum SyncApplyOutcome
{
    /// <summary>The document was written.</summary>
    Applied,

    /// <summary>The local copy already has this version or a newer one; nothing changed (idempotent replay).</summary>
    AlreadyCurrent,

    /// <summary>The document is invalid for this store; see the reason.</summary>
    Rejected,
}
