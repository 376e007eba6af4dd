namespace AmisModular.SyncHost.Engine;

/// <summary>Why the host wants to sync by itself (RETRY line: on local commit, on network change, on a timer).</summary>
public enum SyncTrigger
{
    Timer,
    LocalCommit,
    /// <summary>The hello probe went from not Online to Online: the queue can drain now, without waiting for a backoff.</summary>
    BackOnline,
    NewOnCloud,
    Resumed,
}
