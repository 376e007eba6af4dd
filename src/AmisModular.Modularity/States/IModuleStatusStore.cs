namespace AmisModular.Modularity.States;

/// <summary>The statuses of the last start, for the shell (in process) and the CLI (from the state file).</summary>
public interface IModuleStatusStore
{
    IReadOnlyList<ModuleStatus> Current { get; }

    /// <summary>Replaces the current statuses and writes them to the state file, if one is configured.</summary>
    void Save(IReadOnlyList<ModuleStatus> statuses);
}
