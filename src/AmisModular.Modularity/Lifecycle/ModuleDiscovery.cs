using AmisModular.Modularity.Catalog;
using AmisModular.Modularity.States;

namespace AmisModular.Modularity.Lifecycle;

/// <summary>What discovery decided without loading any module code.</summary>
/// <param name="StartOrder">The modules that may start, dependencies first.</param>
/// <param name="SetAside">Every other installed module version, with its state and reason.</param>
/// <param name="RequiredIds">Modules whose failure must stop the host (options plus manifests).</param>
public sealed record ModuleDiscovery(
    IReadOnlyList<ModuleDescriptor> StartOrder,
    IReadOnlyList<ModuleStatus> SetAside,
    IReadOnlySet<string> RequiredIds)
{
    public const string ReadyReason = "ready: verified, licensed, in profile, dependencies met (not started) / sẵn sàng";

    /// <summary>All installed module versions; the startable ones reported Active with <see cref="ReadyReason"/>.</summary>
    public IReadOnlyList<ModuleStatus> Statuses =>
    [
        .. StartOrder.Select(m => new ModuleStatus(m.Id, m.Version, ModuleState.Active, ReadyReason, null, m.Directory)),
        .. SetAside,
    ];
}
