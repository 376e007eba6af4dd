using System.Globalization;

namespace AmisModular.Printing.Formatting;

/// <summary>
/// vi-VN display formatting shared by forms and reports: "1.234.567", "1.234,50", "27/11/2026".
/// Built on a fixed NumberFormatInfo rather than CultureInfo("vi-VN") so output does not depend on the ICU data of the
/// machine (or on invariant-globalization mode).
/// </summary>
public static class VietnameseFormat
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>Formats money with vi-VN separators; VND has no decimals ("1.200.000").</summary>
    public static string Money(decimal amount, int decimals = 0) => Number(amount, decimals);

    /// <summary>Formats a number rounded half away from zero to <paramref name="decimals"/> places ("1.234,50").</summary>
    public static string Number(decimal value, int decimals = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Numbers);
    }

    /// <summary>Formats money in the minor-unit precision of a currency: VND 0 decimals, others 2 ("1.200,50").</summary>
    public static string MoneyIn(decimal amount, string currencyCode) => Money(amount, DecimalsOf(currencyCode));

    /// <summary>Number of decimals printed for a currency (VND and other zero-decimal currencies print none).</summary>
    public static int DecimalsOf(string currencyCode) =>
        currencyCode?.ToUpperInvariant() switch
        {
            null or "" or "VND" or "JPY" or "KRW" or "LAK" or "KHR" => 0,
            _ => 2,
        };

    /// <summary>dd/MM/yyyy ("27/11/2026").</summary>
    public static string Date(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    /// <summary>dd/MM/yyyy of the date part ("27/11/2026").</summary>
    public static string Date(DateTime date) => Date(DateOnly.FromDateTime(date));

    /// <summary>The phrase printed on vouchers: "Ngày 27 tháng 11 năm 2026" (day and month two digits, as MISA prints).</summary>
    public static string DatePhrase(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"Ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}");
}
