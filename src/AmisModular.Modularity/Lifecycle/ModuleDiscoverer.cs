using AmisModular.Modularity.Abstractions;
using AmisModular.Modularity.Catalog;
using AmisModular.Modularity.Dependencies;
using AmisModular.Modularity.Gating;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Profiles;
using AmisModular.Modularity.States;
using AmisModular.Modularity.Verification;
using AmisModular.Modularity.Versions;
using NuGet.Versioning;

namespace AmisModular.Modularity.Lifecycle;

/// <summary>
/// Everything the host decides before loading code: catalog → signature and files → host API → licence →
/// department profile → version choice → dependency order. Each refusal becomes a status with its reason.
/// </summary>
public sealed class ModuleDiscoverer(
    ModuleCatalog catalog,
    ModulePackageVerifier verifier,
    ILicenceGate licenceGate,
    IDepartmentProfileGate profileGate,
    IEnumerable<string> requiredModules)
{
    private static readonly NuGetVersion HostVersion = NuGetVersion.Parse(HostApi.Version);

    public ModuleDiscovery Discover()
    {
        var scan = catalog.Scan();
        var setAside = new List<ModuleStatus>(scan.Failures);
        var passing = new List<ModuleDescriptor>();
        foreach (var candidate in scan.Candidates)
        {
            var refusal = Refusal(candidate);
            if (refusal is null)
            {
                passing.Add(candidate);
            }
            else
            {
                setAside.Add(refusal);
            }
        }

        var selection = ModuleVersionSelector.Select(passing, profileGate.AllowedRange);
        setAside.AddRange(selection.Superseded);
        var plan = DependencyResolver.Resolve(selection.Chosen, setAside);
        setAside.AddRange(plan.Failures);

        var required = scan.Candidates.Where(c => c.Manifest.Required).Select(c => c.Id)
            .Concat(requiredModules)
            .ToHashSet(StringComparer.Ordinal);
        return new ModuleDiscovery(plan.Ordered, [.. setAside.OrderBy(s => s.Id, StringComparer.Ordinal)], required);
    }

    private ModuleStatus? Refusal(ModuleDescriptor module)
    {
        var verification = verifier.Verify(module);
        if (!verification.IsValid)
        {
            return Status(module, ModuleState.Malfunctioned, verification.Reason);
        }

        if (!module.Manifest.HostApi.Satisfies(HostVersion))
        {
            return Status(
                module,
                ModuleState.NotSupported,
                $"built for host API {module.Manifest.HostApi.ToNormalizedString()}, this host is {HostApi.Version} / không tương thích phiên bản máy chủ");
        }

        var licence = Ask(() => licenceGate.Check(module.Id, module.Manifest.Version, module.Manifest.LicenceFeature), "licence");
        if (!licence.Allowed)
        {
            return Status(module, ModuleState.NotLicensed, licence.Reason);
        }

        var profile = Ask(() => profileGate.Check(module.Id, module.Manifest.Version), "department profile");
        return profile.Allowed ? null : Status(module, ModuleState.NotInProfile, profile.Reason);
    }

    /// <summary>A gate that throws refuses: failing closed keeps an unlicensed module off when licensing breaks.</summary>
    private static ModuleGateDecision Ask(Func<ModuleGateDecision> gate, string name)
    {
        try
        {
            return gate();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ModuleGateDecision.Deny($"{name} check failed: {ex.Message}");
        }
    }

    private static ModuleStatus Status(ModuleDescriptor module, ModuleState state, string reason) =>
        new(module.Id, module.Version, state, reason, null, module.Directory);
}
