using System.Globalization;
using AmisModular.Cloud.Hosting;

namespace AmisModular.Cloud.Snapshots;

/// <summary>Reads the caller's <c>m=cash:1,core:1</c> list (as the change feed does).</summary>
internal static class ModuleWindows
{
    /// <summary>The modules the caller is too old for → the schema version required.</summary>
    public static IEnumerable<(string Module, int Required)> TooOld(CloudOptions options, string? modules)
    {
        foreach (var pair in (modules ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(':');
            if (parts.Length == 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var version)
                && options.Modules.TryGetValue(parts[0], out var window) && version < window.Min)
            {
                yield return (parts[0], window.Min);
            }
        }
    }
}
