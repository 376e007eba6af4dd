using System.Text.RegularExpressions;

namespace AmisModular.Modularity.Licensing;

/// <summary>Vietnamese tax code (mã số thuế, MST): 10 digits, or 10 digits + '-' + 3 digits for a branch.</summary>
/// <remarks>Only the shape is checked; the check digit is left to the tax authority's registry.</remarks>
public static partial class TaxCode
{
    public const string Rule = "MST phải gồm 10 chữ số hoặc 10-3 chữ số / MST must be 10 digits or 10-3 digits";

    public static bool IsValid(string? taxCode) => taxCode is not null && Shape().IsMatch(taxCode.Trim());

    /// <summary>Trims and drops spaces so "0101234567 - 001" compares equal to "0101234567-001".</summary>
    public static string Normalize(string taxCode) => taxCode.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"^\d{10}(-\d{3})?$")]
    private static partial Regex Shape();
}
