namespace AmisModular.Sync.Engine;

/// <summary>What a pull does with this device's own changes (echoes) in the change feed.</summary>
internal enum OwnChanges
{
    /// <summary>Skip them: the local store made them (the normal pull).</summary>
    Skip,

    /// <summary>
    /// Apply own removals only: right after a snapshot install, the cloud may have handed out a snapshot cut before this
    /// device's last removals reached it, so the installed copy of a document this device removed must go again.
    /// </summary>
    ApplyRemovals,

    /// <summary>
    /// Apply them all: after a server restore the log holds this device's re-pushed changes, and a removal it re-pushed
    /// must win over an older copy of the same document made by another device (versions compare, so the rest of its
    /// own changes are "already current").
    /// </summary>
    Apply,
}
