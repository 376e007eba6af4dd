namespace AmisModular.Sync.Review;

/// <summary>What waits for a person: conflicts (the server's version won) and parked changes (refused), newest first.</summary>
public sealed record SyncReviewList(IReadOnlyList<DocumentConflict> Conflicts, IReadOnlyList<ParkedChange> Parked)
{
    public int Count => Conflicts.Count + Parked.Count;
}
