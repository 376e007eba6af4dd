using System.Text.RegularExpressions;

namespace AmisModular.Modularity.Manifests;

/// <summary>The patterns module.json values must match (shared by the reader and the vendor tool).</summary>
public static partial class ManifestRules
{
    public const string IdPattern = "^[a-z][a-z0-9-]{1,31}$";

    public const string SchemaPattern = "^[a-z][a-z0-9_]{0,31}$";

    public const string Sha256Pattern = "^[0-9a-f]{64}$";

    public static bool IsValidId(string value) => IdRegex().IsMatch(value);

    public static bool IsValidSchema(string value) => SchemaRegex().IsMatch(value);

    public static bool IsValidSha256(string value) => Sha256Regex().IsMatch(value);

    /// <summary>A package-relative assembly path: no rooted path, no '..', ends in .dll.</summary>
    public static bool IsValidAssemblyPath(string value) =>
        value.Length > 4
        && value.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
        && !Path.IsPathRooted(value)
        && !value.StartsWith('/')
        && !value.Contains('\\', StringComparison.Ordinal)
        && !value.Split('/').Any(part => part is "" or "." or "..");

    [GeneratedRegex(IdPattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();

    [GeneratedRegex(SchemaPattern, RegexOptions.CultureInvariant)]
    private static partial Regex SchemaRegex();

    [GeneratedRegex(Sha256Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Regex();
}
