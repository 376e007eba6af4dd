using System.Globalization;

namespace AmisModular.Storage.Money;

/// <summary>
/// Money is stored as a 64-bit integer of ten-thousandths (4 decimals) on every provider. SQLite keeps a .NET decimal
/// as TEXT and would sum it as a double; integers sum exactly in SQL everywhere (and SQLite raises an error rather
/// than losing digits on overflow). 4 decimals keep 0.1 + 0.2 USD exact; the range is ±922,337,203,685,477 units.
/// </summary>
public static class MoneyStorage
{
    public const int Decimals = 4;

    public const long Scale = 10_000;

    public static long ToStored(decimal amount)
    {
        if (!IsStorable(amount))
        {
            throw new MoneyPrecisionException(amount);
        }

        return decimal.ToInt64(amount * Scale);
    }

    public static bool IsStorable(decimal amount)
    {
        var scaled = amount * Scale;
        return scaled == decimal.Truncate(scaled) && scaled >= long.MinValue && scaled <= long.MaxValue;
    }

    public static decimal FromStored(long stored) => Normalize(stored / (decimal)Scale);

    /// <summary>Drops trailing zeros so 1.5000 and 1.5 are the same value and the same text.</summary>
    public static decimal Normalize(decimal amount) =>
        decimal.Parse(amount.ToString("0.############################", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
