namespace AmisModular.Sync.Protocol.Pull;

/// <summary>
/// GET /sync/v1/changes?after=&amp;limit=: committed changes of the caller's book in serverSeq order.
/// The client applies the page and stores <see cref="Next"/> as its cursor in one local transaction.
/// </summary>
public sealed record ChangesPage(string ServerEpoch, IReadOnlyList<ChangeItem> Items, long Next, bool HasMore, long HighWater);
