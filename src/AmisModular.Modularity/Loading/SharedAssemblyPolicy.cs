using System.Reflection;
using System.Runtime.InteropServices;

namespace AmisModular.Modularity.Loading;

/// <summary>
/// Decides which assemblies a module shares with the host (resolved in the default load context) instead of
/// loading its own copy: framework assemblies and the configured name prefixes. Contract types must be shared, or a
/// module's <c>IModule</c> would be a different type from the host's.
/// </summary>
public sealed class SharedAssemblyPolicy(IEnumerable<string> prefixes)
{
    /// <summary>
    /// The SDK, the hosting/DI/EF/Blazor stacks (Microsoft.JSInterop is part of ASP.NET Core), the shell's component
    /// library (a module page with Radzen components must use the shell's Radzen types) and the core contracts.
    /// The vendor's packer reads this list too, so a package never carries its own copy of these.
    /// </summary>
    public static IReadOnlyList<string> DefaultPrefixes { get; } =
    [
        "AmisModular.Modularity.Abstractions",
        "Microsoft.Extensions.",
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore.",
        "AmisModular.Ledger",
        "AmisModular.Storage",
        "AmisModular.Printing",
        "Microsoft.JSInterop",
        "Radzen",
    ];

    private static readonly string RuntimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();

    private readonly string[] _prefixes = [.. prefixes];

    public bool IsShared(AssemblyName name)
    {
        var simpleName = name.Name ?? string.Empty;
        return _prefixes.Any(p => simpleName.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || IsFramework(simpleName);
    }

    /// <summary>An assembly of the running shared framework (System.*, netstandard, ...).</summary>
    private static bool IsFramework(string simpleName) =>
        simpleName.Length > 0 && File.Exists(Path.Combine(RuntimeDirectory, simpleName + ".dll"));
}
