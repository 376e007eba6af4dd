namespace AmisModular.Shell.Modules;

/// <summary>
/// Port: the modules the host knows and their states: <see cref="HostModuleDirectory"/> on the module host;
/// <see cref="ConfiguredModuleDirectory"/> (from configuration) for component tests.
/// </summary>
public interface IModuleDirectory
{
    IReadOnlyList<ShellModuleInfo> Modules { get; }

    /// <summary>The module with this id (ordinal, case-insensitive), or null when unknown.</summary>
    ShellModuleInfo? Find(string moduleId);

    /// <summary>True for the shell itself and for known modules in the Active state.</summary>
    bool IsActive(string moduleId);
}
