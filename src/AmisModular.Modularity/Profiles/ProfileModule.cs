using NuGet.Versioning;

namespace AmisModular.Modularity.Profiles;

/// <summary>A module a department may use, in the version range IT approved.</summary>
public sealed record ProfileModule(string Id, VersionRange Range);
