using AmisModular.Modularity.Abstractions.Text;
using AmisModular.Modularity.Lifecycle;
using AmisModular.Modularity.Manifests;
using AmisModular.Modularity.States;

namespace AmisModular.Shell.Modules;

/// <summary>
/// <see cref="IModuleDirectory"/> on the module host: every installed module version with the state and reason the
/// <see cref="ModuleManager"/> gave it at this start (read live, so a module that fails to initialize shows it).
/// </summary>
public sealed class HostModuleDirectory(ModuleManager manager) : IModuleDirectory
{
    private readonly Dictionary<string, LocalizedText?> names = new(StringComparer.Ordinal);
    private readonly Lock sync = new();

    public IReadOnlyList<ShellModuleInfo> Modules =>
        [.. manager.Statuses
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ThenBy(s => s.IsActive ? 0 : 1)
            .Select(ToInfo)];

    public ShellModuleInfo? Find(string moduleId)
    {
        // Several versions of a module may be installed: the Active one speaks for the module, else the first.
        var versions = manager.Statuses.Where(s => string.Equals(s.Id, moduleId, StringComparison.OrdinalIgnoreCase)).ToList();
        var chosen = versions.FirstOrDefault(s => s.IsActive) ?? versions.FirstOrDefault(s => s.State != ModuleState.Superseded) ?? versions.FirstOrDefault();
        return chosen is null ? null : ToInfo(chosen);
    }

    public bool IsActive(string moduleId) =>
        string.Equals(moduleId, ConfiguredModuleDirectory.ShellModuleId, StringComparison.OrdinalIgnoreCase)
        || manager.Statuses.Any(s => s.IsActive && string.Equals(s.Id, moduleId, StringComparison.OrdinalIgnoreCase));

    private ShellModuleInfo ToInfo(ModuleStatus status) => new(
        status.Id,
        status.Version,
        DisplayName(status) ?? new LocalizedText(status.Id, status.Id),
        status.State.ToString(),
        status.IsActive ? string.Empty : status.Reason,
        status.IsActive);

    /// <summary>The manifest's display name; a broken package has none (its status then names it by id).</summary>
    private LocalizedText? DisplayName(ModuleStatus status)
    {
        lock (sync)
        {
            if (!names.TryGetValue(status.Folder, out var name))
            {
                try
                {
                    name = ModuleManifestReader.ReadFile(Path.Combine(status.Folder, ModuleManifest.FileName)).DisplayName;
                }
                catch (Exception e) when (e is ModuleManifestException or IOException or UnauthorizedAccessException)
                {
                    name = null;
                }

                names[status.Folder] = name;
            }

            return name;
        }
    }
}
