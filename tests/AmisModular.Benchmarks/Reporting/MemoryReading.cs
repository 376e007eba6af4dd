using System.Diagnostics;
using System.Globalization;

namespace AmisModular.Benchmarks.Reporting;

/// <summary>Process and GC memory readings: peak working set of the whole run, bytes allocated by one phase.</summary>
public static class MemoryReading
{
    public static long PeakWorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    public static long AllocatedBytes() => GC.GetTotalAllocatedBytes(precise: true);

    public static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("#,##0.0", CultureInfo.InvariantCulture) + " MB";

    public static string Kilobytes(double bytes) => (bytes / 1024d).ToString("#,##0.0", CultureInfo.InvariantCulture) + " KB";
}
