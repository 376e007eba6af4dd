using AmisModular.Modularity.Licensing;
using NuGet.Versioning;

namespace AmisModular.Modularity.Gating;

/// <summary>
/// The licence gate used when none is registered. Refuses by default ("no licence configured"), as production must;
/// allows everything only when <c>Modularity:AllowWhenNoGateRegistered</c> is true (development).
/// </summary>
public sealed class NoLicenceGate(bool allow) : ILicenceGate
{
    public ModuleGateDecision Check(string moduleId, NuGetVersion version, string? licenceFeature) =>
        allow
            ? ModuleGateDecision.Allow("no licence configured: allowed (development) / chưa cấu hình giấy phép: cho phép khi phát triển")
            : ModuleGateDecision.Deny("no licence configured / chưa cài đặt giấy phép");
}
