namespace AmisModular.Shell.Modules;

/// <summary>
/// Port: the modules the host knows and their states. The module host (AmisModular.Modularity) implements it at
/// integration; until then <see cref="ConfiguredModuleDirectory"/> reads them from configuration.
/// </summary>
public interface IModuleDirectory
{
    IReadOnlyList<ShellModuleInfo> Modules { get; }

    /// <summary>The module with this id (ordinal, case-insensitive), or null when unknown.</summary>
    ShellModuleInfo? Find(string moduleId);

    /// <summary>True for the shell itself and for known modules in the Active state.</summary>
    bool IsActive(string moduleId);
}
