using System.Diagnostics;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// Throughput over the first and the last tenth of a long insert run (a cost that grows with the data shows as a
/// falling rate), and a progress line every tenth so a run of several minutes is visibly alive.
/// </summary>
public sealed class ProgressMarks(string label, int total)
{
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly int tenth = Math.Max(1, total / 10);
    private TimeSpan firstTenthEnd;
    private TimeSpan lastTenthStart;

    public double FirstTenthRate { get; private set; }

    public double LastTenthRate { get; private set; }

    /// <summary>Call after item <paramref name="done"/> (1-based) is finished.</summary>
    public void Done(int done)
    {
        if (done == tenth)
        {
            firstTenthEnd = watch.Elapsed;
            FirstTenthRate = tenth / firstTenthEnd.TotalSeconds;
        }

        if (done == total - tenth)
        {
            lastTenthStart = watch.Elapsed;
        }

        if (done == total)
        {
            LastTenthRate = tenth / (watch.Elapsed - lastTenthStart).TotalSeconds;
        }

        if (done % tenth == 0)
        {
            Console.Error.WriteLine($"  {label}: {done:N0}/{total:N0} after {watch.Elapsed.TotalSeconds:N1} s");
        }
    }
}
