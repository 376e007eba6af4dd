using System.Diagnostics;

namespace AmisModular.Benchmarks.Reporting;

/// <summary>
/// Samples the process working set and the GC heap every 50 ms while a phase runs and keeps the highest of each:
/// the per-phase peak (the process's own PeakWorkingSet64 only ever grows over the whole run). A full collection
/// before the phase starts, so the previous phase's garbage is not counted against this one.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer timer;
    private readonly Process process = Process.GetCurrentProcess();
    private readonly Lock gate = new();
    private long peakWorkingSet;
    private long peakGcHeap;
    private bool stopped;

    private MemorySampler()
    {
        Sample();
        timer = new Timer(_ => Sample(), null, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50));
    }

    public static MemorySampler Start()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return new MemorySampler();
    }

    /// <summary>Stops sampling (one last sample first) and returns the peaks.</summary>
    public MemoryPeak Stop()
    {
        Sample();
        timer.Dispose();
        lock (gate)
        {
            stopped = true;
            return new MemoryPeak(peakWorkingSet, peakGcHeap);
        }
    }

    public void Dispose()
    {
        timer.Dispose();
        lock (gate)
        {
            // A timer callback already queued may still run after the timer is disposed: it must find the sampler stopped.
            stopped = true;
            process.Dispose();
        }
    }

    private void Sample()
    {
        lock (gate)
        {
            if (stopped)
            {
                return;
            }

            process.Refresh();
            peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
            peakGcHeap = Math.Max(peakGcHeap, GC.GetTotalMemory(forceFullCollection: false));
        }
    }
}

/// <summary>The highest working set and GC heap seen while one phase ran.</summary>
public sealed record MemoryPeak(long WorkingSetBytes, long GcHeapBytes);
