namespace AmisModular.Vendor.Modules;

/// <summary>
/// Assemblies the host provides to every module; a package must not carry its own copy, or the module would
/// load a second, incompatible instance of the contracts (and of EF Core / ASP.NET Core).
/// </summary>
public static class SharedAssemblies
{
    private static readonly string[] Prefixes =
    [
        "AmisModular.Modularity",
        "Microsoft.Extensions.",
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore.",
        "AmisModular.Ledger",
        "AmisModular.Storage",
        "AmisModular.Printing",
    ];

    public static bool IsShared(string fileName) =>
        Prefixes.Any(prefix => fileName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
