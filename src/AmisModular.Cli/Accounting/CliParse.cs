using System.Globalization;
using AmisModular.Cli.Cli;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;

namespace AmisModular.Cli.Accounting;

/// <summary>Option values as the ledger needs them; a bad value names the option and the rule (exit 1).</summary>
public static class CliParse
{
    public static Book BookOption(string? value, string option = "--book") => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "tax" => Book.Tax,
        "internal" => Book.Internal,
        _ => throw new CliInputException($"{option} phải là Tax hoặc Internal / {option} must be Tax or Internal, not '{value}'"),
    };

    public static AccountingRegime? Regime(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "TT99" => AccountingRegime.Tt99,
        "TT200" => AccountingRegime.Tt200,
        "TT133" => AccountingRegime.Tt133,
        _ => throw new CliInputException($"--regime phải là TT99, TT200 hoặc TT133 / --regime must be TT99, TT200 or TT133, not '{value}'"),
    };

    public static DateOnly Date(string? value, string option) =>
        value is not null && DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliInputException($"{option} phải là ngày yyyy-MM-dd (ví dụ 2026-01-31) / {option} must be a date yyyy-MM-dd (e.g. 2026-01-31), not '{value}'");

    public static DateOnly? OptionalDate(string? value, string option) => value is null ? null : Date(value, option);

    public static decimal Money(string? value, string option)
    {
        if (value is null)
        {
            return 0m;
        }

        return decimal.TryParse(value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0
            ? amount
            : throw new CliInputException($"{option} phải là số không âm, dấu chấm thập phân (100000000 hoặc 1234.5) / {option} must be a non-negative number with a '.' decimal point, not '{value}'");
    }
}
