using AmisModular.Modularity.Gating;
using NuGet.Versioning;

namespace AmisModular.Modularity.Licensing;

/// <summary>Decides from the installed licence whether a module version may start (NotLicensed otherwise).</summary>
public interface ILicenceGate
{
    /// <param name="licenceFeature">The feature the module's manifest says it needs; usually its id.</param>
    ModuleGateDecision Check(string moduleId, NuGetVersion version, string? licenceFeature);
}
