using AmisModular.Ledger.Errors;

namespace AmisModular.Modules.Cash.Documents;

/// <summary>
/// One broken rule of a cash voucher: the service's field name (<c>Lines[2].Amount</c>), the interchange JSON path
/// (<c>$.lines[1].amount</c>), a stable rule code (<c>positive</c>) and the text a user reads.
/// </summary>
public sealed record CashVoucherRuleViolation(string Path, string Rule, ValidationError Error)
{
    public static CashVoucherRuleViolation Of(string field, string path, string rule, string vi, string en) =>
        new(path, rule, ValidationError.Of(field, vi, en));

    /// <summary>The JSON path of line <paramref name="index"/> (0-based) and its service field name (1-based).</summary>
    public static (string Field, string Path) Line(int index, string property) =>
        ($"Lines[{index + 1}].{char.ToUpperInvariant(property[0])}{property[1..]}", $"$.lines[{index}].{property}");
}
