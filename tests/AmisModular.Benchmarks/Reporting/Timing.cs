using System.Diagnostics;

namespace AmisModular.Benchmarks.Reporting;

/// <summary>
/// Stopwatch timing for end-to-end macro figures. BenchmarkDotNet is not used on purpose: each figure is one long
/// operation over a real SQLite file (minutes of inserts, a query over a million rows) whose state changes as it
/// runs, not a micro-operation to be invoked thousands of times in a fresh process; its pilot/overhead/outlier
/// machinery would multiply the run time without adding precision. A warm-up plus the median of a few runs is
/// enough for the queries; the inserts are measured once over the whole batch.
/// </summary>
public static class Timing
{
    public static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }

    /// <summary>Runs <paramref name="action"/> once to warm up (JIT, page cache), then <paramref name="runs"/> times; the median.</summary>
    public static async Task<TimeSpan> MedianAsync(int runs, Func<Task> action)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        await action();
        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            times.Add(await TimeAsync(action));
        }

        times.Sort();
        return runs % 2 == 1 ? times[runs / 2] : (times[(runs / 2) - 1] + times[runs / 2]) / 2;
    }
}
