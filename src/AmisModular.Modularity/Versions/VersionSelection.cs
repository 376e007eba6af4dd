using AmisModular.Modularity.Catalog;
using AmisModular.Modularity.States;

namespace AmisModular.Modularity.Versions;

/// <summary>One chosen version per module id, and the installed versions set aside.</summary>
public sealed record VersionSelection(IReadOnlyList<ModuleDescriptor> Chosen, IReadOnlyList<ModuleStatus> Superseded);
