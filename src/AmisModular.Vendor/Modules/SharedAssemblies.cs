using AmisModular.Modularity.Loading;

namespace AmisModular.Vendor.Modules;

/// <summary>
/// Assemblies the host provides to every module; a package must not carry its own copy, or the module would
/// load a second, incompatible instance of the contracts (and of EF Core / ASP.NET Core / Radzen). The list is the
/// host's own (<see cref="SharedAssemblyPolicy.DefaultPrefixes"/>), plus the whole module framework.
/// </summary>
public static class SharedAssemblies
{
    private static readonly string[] Prefixes = ["AmisModular.Modularity", .. SharedAssemblyPolicy.DefaultPrefixes];

    public static bool IsShared(string fileName) =>
        Prefixes.Any(prefix => fileName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
