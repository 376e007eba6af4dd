using NuGet.Versioning;

namespace AmisModular.Modularity.Manifests;

/// <summary>Another module this one needs, in a version range.</summary>
public sealed record ModuleDependency(string Id, VersionRange Range)
{
    public override string ToString() => $"{Id} {Range.ToNormalizedString()}";
}
