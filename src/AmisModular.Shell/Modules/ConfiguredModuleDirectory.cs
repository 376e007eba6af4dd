using AmisModular.Modularity.Abstractions.Text;
using Microsoft.Extensions.Configuration;

namespace AmisModular.Shell.Modules;

/// <summary>
/// In-shell <see cref="IModuleDirectory"/>: modules registered as <see cref="ShellModuleInfo"/> services plus the
/// section <c>Shell:Modules</c> (Id, Version, NameVi, NameEn, State, Reason). Replaced by the module host.
/// </summary>
public sealed class ConfiguredModuleDirectory : IModuleDirectory
{
    /// <summary>The shell's own pages and contributions use this module id; it is always Active.</summary>
    public const string ShellModuleId = "shell";

    private readonly Dictionary<string, ShellModuleInfo> modules;

    public ConfiguredModuleDirectory(IEnumerable<ShellModuleInfo> registered, IConfiguration configuration)
    {
        modules = new Dictionary<string, ShellModuleInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in registered.Concat(FromConfiguration(configuration)))
        {
            modules[module.Id] = module;
        }

        Modules = modules.Values.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<ShellModuleInfo> Modules { get; }

    public ShellModuleInfo? Find(string moduleId) => modules.GetValueOrDefault(moduleId);

    public bool IsActive(string moduleId) =>
        string.Equals(moduleId, ShellModuleId, StringComparison.OrdinalIgnoreCase)
        || (modules.TryGetValue(moduleId, out var module) && module.IsActive);

    private static IEnumerable<ShellModuleInfo> FromConfiguration(IConfiguration configuration)
    {
        foreach (var section in configuration.GetSection("Shell:Modules").GetChildren())
        {
            var id = section["Id"];
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new InvalidOperationException($"Shell:Modules:{section.Key}:Id is missing.");
            }

            var state = section["State"] ?? "Active";
            var isActive = string.Equals(state, "Active", StringComparison.OrdinalIgnoreCase);
            yield return new ShellModuleInfo(
                id,
                section["Version"] ?? "0.0.0",
                new LocalizedText(section["NameVi"] ?? id, section["NameEn"] ?? section["NameVi"] ?? id),
                state,
                isActive ? string.Empty : section["Reason"] ?? state,
                isActive);
        }
    }
}
