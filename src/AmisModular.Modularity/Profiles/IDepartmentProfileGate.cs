using AmisModular.Modularity.Gating;
using NuGet.Versioning;

namespace AmisModular.Modularity.Profiles;

/// <summary>The department profile assigned to this device: which modules, in which version ranges (NotInProfile otherwise).</summary>
public interface IDepartmentProfileGate
{
    /// <summary>The version range the profile allows for a module; null when the module is not in the profile.</summary>
    VersionRange? AllowedRange(string moduleId);

    ModuleGateDecision Check(string moduleId, NuGetVersion version);
}
