using System.Text.RegularExpressions;

namespace AmisModular.Ledger.Companies;

public static partial class TaxCodeRule
{
    public static bool IsValid(string? taxCode) => taxCode is not null && Pattern().IsMatch(taxCode);

    [GeneratedRegex(@"^(\d{10}(-\d{3})?|\d{12})$")]
    private static partial Regex Pattern();
}
