using AmisModular.Modularity.Manifests;

namespace AmisModular.Modularity.Catalog;

/// <summary>An installed package whose manifest is valid: a candidate the host may verify and load.</summary>
/// <param name="ManifestBytes">The exact bytes of module.json, which the signature covers.</param>
public sealed class ModuleDescriptor(ModuleManifest manifest, string directory, byte[] manifestBytes)
{
    public ModuleManifest Manifest { get; } = manifest;

    public string Directory { get; } = directory;

    public ReadOnlyMemory<byte> ManifestBytes { get; } = manifestBytes;

    public string Id => Manifest.Id;

    public string Version => Manifest.Version.ToNormalizedString();

    public override string ToString() => $"{Id} {Version}";
}
