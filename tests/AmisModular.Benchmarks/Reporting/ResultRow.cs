namespace AmisModular.Benchmarks.Reporting;

/// <summary>One figure measured twice in the same run: through the product and through the hand-written baseline.</summary>
/// <param name="HigherIsBetter">True for throughput (vouchers/s), false for durations (ms).</param>
public sealed record ResultRow(string Figure, string Unit, double Product, double Baseline, bool HigherIsBetter)
{
    /// <summary>Product / baseline, as the issue asks: below 1 for a slower product on throughput, above 1 on time.</summary>
    public double Ratio => Baseline == 0 ? double.NaN : Product / Baseline;

    /// <summary>How many times slower the product is, whatever the unit (1.0 = as fast as the baseline).</summary>
    public double Slowdown => HigherIsBetter ? 1 / Ratio : Ratio;
}
