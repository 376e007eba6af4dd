namespace AmisModular.SyncHost.Notifications;

/// <summary>What a status change means: alerts to offer and channels whose condition has cleared.</summary>
public sealed record AlertEvaluation(IReadOnlyList<SyncAlert> Alerts, IReadOnlyList<AlertChannel> Cleared);
