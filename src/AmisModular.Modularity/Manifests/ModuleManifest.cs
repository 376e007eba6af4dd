using AmisModular.Modularity.Abstractions.Text;
using NuGet.Versioning;

namespace AmisModular.Modularity.Manifests;

/// <summary>A package's module.json, validated (see <see cref="ModuleManifestReader"/>).</summary>
public sealed record ModuleManifest(
    string Id,
    NuGetVersion Version,
    LocalizedText? DisplayName,
    VersionRange HostApi,
    IReadOnlyList<ModuleDependency> Dependencies,
    string EntryAssembly,
    string? ModuleType,
    IReadOnlyList<ManifestAssembly> Assemblies,
    string LicenceFeature,
    bool Required,
    ModuleLoadMode LoadMode,
    string? Schema)
{
    public const string FileName = "module.json";

    public const string SignatureFileName = "module.sig";
}
