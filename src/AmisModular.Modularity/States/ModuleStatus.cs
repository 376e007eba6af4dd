namespace AmisModular.Modularity.States;

/// <summary>One installed module version and what became of it.</summary>
/// <param name="Id">The module id (from the manifest, or the folder name when the manifest is unreadable).</param>
/// <param name="Version">The module version (likewise).</param>
/// <param name="Reason">Why it is in this state, for a person to read.</param>
/// <param name="LoadTime">Load + ConfigureServices + InitializeAsync time; null when nothing was loaded.</param>
/// <param name="Folder">The package folder.</param>
public sealed record ModuleStatus(
    string Id,
    string Version,
    ModuleState State,
    string Reason,
    TimeSpan? LoadTime,
    string Folder)
{
    public bool IsActive => State == ModuleState.Active;
}
