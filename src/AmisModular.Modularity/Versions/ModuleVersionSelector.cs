using AmisModular.Modularity.Catalog;
using AmisModular.Modularity.States;
using NuGet.Versioning;

namespace AmisModular.Modularity.Versions;

/// <summary>
/// When several versions of a module are installed, picks the highest one inside the department profile's range
/// that also satisfies every range the chosen dependants ask for. Choices feed each other (a dependant's chosen
/// version decides which range it asks for), so the selection repeats until nothing changes.
/// </summary>
public static class ModuleVersionSelector
{
    private const int MaxRounds = 16;

    /// <param name="profileRange">The profile's range for a module id; null puts no constraint.</param>
    public static VersionSelection Select(IEnumerable<ModuleDescriptor> candidates, Func<string, VersionRange?> profileRange)
    {
        var byId = candidates
            .GroupBy(c => c.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Manifest.Version).ToList(), StringComparer.Ordinal);
        var chosen = byId.ToDictionary(
            kv => kv.Key,
            kv => Highest(kv.Value, [profileRange(kv.Key)]) ?? kv.Value[0],
            StringComparer.Ordinal);

        for (var round = 0; round < MaxRounds && Refine(byId, chosen, profileRange); round++)
        {
        }

        var superseded = byId.Values
            .SelectMany(versions => versions)
            .Where(c => chosen[c.Id] != c)
            .Select(c => Superseded(c, chosen[c.Id], profileRange(c.Id)))
            .ToList();
        return new VersionSelection([.. chosen.Values.OrderBy(c => c.Id, StringComparer.Ordinal)], superseded);
    }

    private static bool Refine(
        Dictionary<string, List<ModuleDescriptor>> byId,
        Dictionary<string, ModuleDescriptor> chosen,
        Func<string, VersionRange?> profileRange)
    {
        var changed = false;
        foreach (var (id, versions) in byId)
        {
            var ranges = chosen.Values
                .SelectMany(c => c.Manifest.Dependencies)
                .Where(d => d.Id == id)
                .Select(d => (VersionRange?)d.Range)
                .Append(profileRange(id))
                .ToList();
            // When no version satisfies everyone, keep the current choice: the dependency check reports the mismatch.
            var best = Highest(versions, ranges);
            if (best is not null && best != chosen[id])
            {
                chosen[id] = best;
                changed = true;
            }
        }

        return changed;
    }

    private static ModuleDescriptor? Highest(List<ModuleDescriptor> versions, IReadOnlyCollection<VersionRange?> ranges) =>
        versions.FirstOrDefault(v => ranges.All(r => r is null || r.Satisfies(v.Manifest.Version)));

    private static ModuleStatus Superseded(ModuleDescriptor module, ModuleDescriptor winner, VersionRange? profileRange)
    {
        var why = profileRange is not null && !profileRange.Satisfies(module.Manifest.Version)
            ? $"; outside the department profile range {profileRange.ToNormalizedString()}"
            : string.Empty;
        return new ModuleStatus(
            module.Id,
            module.Version,
            ModuleState.Superseded,
            $"superseded by {module.Id} {winner.Version}{why} / đã có phiên bản {winner.Version} được chọn",
            null,
            module.Directory);
    }
}
