using System.Globalization;

namespace AmisModular.Modules.Cash.Ui.Shared;

/// <summary>
/// What an accountant reads and types: dates as dd/MM/yyyy and VND amounts with vi-VN separators (1.234.567), in
/// whatever UI language, as on Vietnamese vouchers.
/// </summary>
public static class CashFormat
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd/MM/yy", "d/M/yy", "ddMMyyyy", "yyyy-MM-dd"];

    public static string Money(decimal amount) => amount.ToString("N0", Vietnamese);

    public static string MoneyOrBlank(decimal amount) => amount == 0 ? "" : Money(amount);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Accepts 1.234.567, 1 234 567 and 1234567 (dots and spaces group thousands; a comma starts decimals).</summary>
    public static bool TryParseMoney(string? text, out decimal amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var plain = text.Trim().Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00a0", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out amount);
    }
}
