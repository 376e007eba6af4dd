namespace AmisModular.Modularity.Abstractions.Sync;

/// <param name="Reason">A reason a person can read, when rejected.</param>
public sealed record SyncApplyResult(SyncApplyOutcome Outcome, string? Reason = null)
{
    public static SyncApplyResult Applied { get; } = new(SyncApplyOutcome.Applied);

    public static SyncApplyResult AlreadyCurrent { get; } = new(SyncApplyOutcome.AlreadyCurrent);

    public static SyncApplyResult Rejected(string reason) => new(SyncApplyOutcome.Rejected, reason);
}
