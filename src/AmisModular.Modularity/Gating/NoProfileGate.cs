using AmisModular.Modularity.Profiles;
using NuGet.Versioning;

namespace AmisModular.Modularity.Gating;

/// <summary>
/// The department profile gate used when none is registered: refuses by default ("no department profile
/// configured"), allows every module and version when <c>Modularity:AllowWhenNoGateRegistered</c> is true.
/// </summary>
public sealed class NoProfileGate(bool allow) : IDepartmentProfileGate
{
    public VersionRange? AllowedRange(string moduleId) => allow ? VersionRange.All : null;

    public ModuleGateDecision Check(string moduleId, NuGetVersion version) =>
        allow
            ? ModuleGateDecision.Allow("no department profile configured: allowed (development)")
            : ModuleGateDecision.Deny("no department profile configured / chưa gán hồ sơ phòng ban cho máy này");
}
