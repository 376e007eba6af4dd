namespace AmisModular.Sync.Protocol.Pull;

/// <summary>
/// GET /sync/v1/changes?after=&amp;limit=: committed changes of the caller's book in serverSeq order.
/// The client applies the page and stores <see cref="Next"/> as its cursor in one local transaction.
/// When the caller named its module schema versions (<c>m=cash:1,core:1</c>) and one is older than the server's minimum,
/// the page stops before the first change of that module (<see cref="Withheld"/> names it, with the version required):
/// the client is never handed data it cannot store, and its cursor never passes what it did not apply.
/// </summary>
public sealed record ChangesPage(
    string ServerEpoch, IReadOnlyList<ChangeItem> Items, long Next, bool HasMore, long HighWater, IReadOnlyDictionary<string, int>? Withheld = null);
