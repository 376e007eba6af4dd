namespace AmisModular.Benchmarks.Reporting;

/// <summary>
/// One figure against its floor and the target: <paramref name="Slowdown"/> is how many times the floor the
/// product takes (null when not measured), <paramref name="Target"/> the most the issue allows.
/// </summary>
public sealed record TargetRow(string Figure, string Product, string Floor, double? Slowdown, double Target)
{
    public string Verdict => Slowdown is { } s ? (s <= Target ? "MET" : "MISSED") : "not measured";
}
