using AmisModular.Modularity.Gating;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Profiles;
using NuGet.Versioning;

namespace AmisModular.Modularity.Tests.Infrastructure;

/// <summary>Tiny fakes for tests that are not about licences or profiles.</summary>
public sealed class AllowAllGates : ILicenceGate, IDepartmentProfileGate
{
    public static AllowAllGates Instance { get; } = new();

    public ModuleGateDecision Check(string moduleId, NuGetVersion version, string? licenceFeature) => ModuleGateDecision.Allow();

    public VersionRange? AllowedRange(string moduleId) => VersionRange.All;

    public ModuleGateDecision Check(string moduleId, NuGetVersion version) => ModuleGateDecision.Allow();
}
