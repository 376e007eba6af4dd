namespace AmisModular.Printing.Words;

/// <summary>
/// How a currency is read: the major unit ("đồng", "đô la Mỹ"), the minor unit ("xu") and how many minor digits it has.
/// Foreign amounts read as "&lt;major&gt; &lt;unit&gt; và &lt;minor&gt; xu", e.g. "Mười hai đô la Mỹ và năm mươi xu" — the wording MISA
/// prints on foreign-currency vouchers; a caller may supply its own <see cref="CurrencyWords"/> for other wording.
/// </summary>
public sealed record CurrencyWords(string Code, string MajorUnit, string MinorUnit, int MinorDigits)
{
    public static CurrencyWords Vnd { get; } = new("VND", "đồng", "xu", 0);

    public static CurrencyWords Usd { get; } = new("USD", "đô la Mỹ", "xu", 2);

    public static CurrencyWords Eur { get; } = new("EUR", "euro", "xu", 2);

    public static CurrencyWords Jpy { get; } = new("JPY", "yên Nhật", "sen", 0);

    public static CurrencyWords Cny { get; } = new("CNY", "nhân dân tệ", "xu", 2);

    private static readonly CurrencyWords[] Known = [Vnd, Usd, Eur, Jpy, Cny];

    /// <summary>The built-in wording for an ISO 4217 code (VND, USD, EUR, JPY, CNY).</summary>
    /// <exception cref="UnsupportedCurrencyException">No built-in wording for the code.</exception>
    public static CurrencyWords ForCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Array.Find(Known, c => string.Equals(c.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new UnsupportedCurrencyException(code);
    }
}
