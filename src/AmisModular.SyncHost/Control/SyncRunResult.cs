namespace AmisModular.SyncHost.Control;

/// <summary>What one sync or download run did.</summary>
public sealed record SyncRunResult(SyncRunOutcome Outcome, string? Message = null)
{
    public int Pushed { get; init; }

    public int Pulled { get; init; }

    public int Conflicts { get; init; }

    public int Parked { get; init; }

    public static SyncRunResult NotConfigured { get; } = new(SyncRunOutcome.NotConfigured, SyncHostTexts.NoEngine);
}
