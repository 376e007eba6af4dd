using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Shell.Modules;

/// <summary>What the shell shows about one known module (installed, whatever its state).</summary>
/// <param name="Id">The manifest id, e.g. <c>cash</c>; module routes start with <c>/{Id}/</c>.</param>
/// <param name="State">The host's state name: Active, NotLicensed, NotInProfile, Malfunctioned, ...</param>
/// <param name="Reason">Why the module is not Active (empty when it is), shown to the user.</param>
public sealed record ShellModuleInfo(
    string Id,
    string Version,
    LocalizedText DisplayName,
    string State,
    string Reason,
    bool IsActive);
