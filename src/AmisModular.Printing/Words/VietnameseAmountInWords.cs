using System.Text;

namespace AmisModular.Printing.Words;

/// <summary>
/// Amount in words per Vietnamese reading rules, in the style MISA prints on vouchers:
/// <list type="bullet">
/// <item>groups of three digits: nghìn, triệu, tỷ; above a billion the billions count is read as a number
/// ("một nghìn hai trăm tỷ"), up to 999.999.999.999.999;</item>
/// <item>a group after a non-zero higher group always reads its hundreds, even zero:
/// 1.005.000 → "một triệu không trăm linh năm nghìn"; all-zero groups are skipped: 1.000.005 → "một triệu không trăm
/// linh năm";</item>
/// <item>zero tens before a units digit: "linh" (or "lẻ"): 105 → "một trăm linh năm" (units keep their plain form
/// after linh: "linh một", "linh bốn", "linh năm");</item>
/// <item>tens: 10–19 "mười …", 20+ "… mươi"; units after "mươi": 1 → "mốt", 4 → "tư", 5 → "lăm"; after "mười":
/// 5 → "lăm", 1 and 4 stay "một", "bốn" (11 "mười một", 14 "mười bốn"); alone 4 is "bốn";</item>
/// <item>zero → "Không đồng"; negative → "Âm …"; first letter capitalised; no trailing "chẵn";</item>
/// <item>minor units of foreign currencies: "… đô la Mỹ và năm mươi xu"; no major part → "Năm mươi xu".</item>
/// </list>
/// </summary>
public sealed class VietnameseAmountInWords
{
    /// <summary>The largest integer part that can be read: 999.999.999.999.999.</summary>
    public const decimal MaxAmount = 999_999_999_999_999m;

    private const long Billion = 1_000_000_000L;

    private static readonly string[] Digits =
        ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    private readonly string _thousand;
    private readonly string _zeroTens;

    public VietnameseAmountInWords(AmountInWordsOptions? options = null)
    {
        var o = options ?? AmountInWordsOptions.Default;
        _thousand = o.Thousand == ThousandWord.Ngan ? "ngàn" : "nghìn";
        _zeroTens = o.ZeroTens == ZeroTensWord.Le ? "lẻ" : "linh";
    }

    /// <summary>Default MISA style (nghìn, linh).</summary>
    public static VietnameseAmountInWords Default { get; } = new();

    /// <summary>VND amount in words: 1.200.000 → "Một triệu hai trăm nghìn đồng".</summary>
    public string ToWords(decimal amount) => ToWords(amount, CurrencyWords.Vnd);

    /// <summary>Amount in words for the currency with the given ISO code (VND, USD, EUR, JPY, CNY).</summary>
    public string ToWords(decimal amount, string currencyCode) => ToWords(amount, CurrencyWords.ForCode(currencyCode));

    /// <summary>Amount in words in the given currency wording.</summary>
    /// <exception cref="AmountNotSpeakableException">Too large, or more decimals than the currency has.</exception>
    public string ToWords(decimal amount, CurrencyWords currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        var (major, minor) = Split(amount, currency);
        var text = new StringBuilder();
        if (amount < 0)
        {
            text.Append("âm ");
        }

        if (major == 0 && minor == 0)
        {
            text.Append("không ").Append(currency.MajorUnit);
        }
        else if (major == 0)
        {
            text.Append(NumberToWords(minor)).Append(' ').Append(currency.MinorUnit);
        }
        else
        {
            text.Append(NumberToWords(major)).Append(' ').Append(currency.MajorUnit);
            if (minor != 0)
            {
                text.Append(" và ").Append(NumberToWords(minor)).Append(' ').Append(currency.MinorUnit);
            }
        }

        return Capitalise(text.ToString());
    }

    /// <summary>A non-negative whole number in lower-case words, without a unit: 21 → "hai mươi mốt".</summary>
    public string NumberToWords(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, (long)MaxAmount);
        if (number == 0)
        {
            return Digits[0];
        }

        var words = new List<string>();
        AppendNumber(words, number, readZeroHundreds: false);
        return string.Join(' ', words);
    }

    private static (long Major, long Minor) Split(decimal amount, CurrencyWords currency)
    {
        var absolute = Math.Abs(amount);
        var major = decimal.Truncate(absolute);
        if (major > MaxAmount)
        {
            throw new AmountNotSpeakableException(amount, currency.Code,
                "vượt quá 999.999.999.999.999", "the integer part exceeds 999,999,999,999,999");
        }

        var scale = Pow10(currency.MinorDigits);
        var minorExact = (absolute - major) * scale;
        if (minorExact != decimal.Truncate(minorExact))
        {
            throw new AmountNotSpeakableException(amount, currency.Code,
                $"có nhiều hơn {currency.MinorDigits} chữ số thập phân",
                $"it has more than {currency.MinorDigits} decimal places");
        }

        return ((long)major, (long)minorExact);
    }

    private static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits; i++)
        {
            result *= 10m;
        }

        return result;
    }

    // Reads numbers of a billion and more as "<count> tỷ <rest>", where the count may itself hold nghìn/triệu.
    private void AppendNumber(List<string> words, long number, bool readZeroHundreds)
    {
        var billions = number / Billion;
        var rest = number % Billion;
        if (billions > 0)
        {
            AppendBelowBillion(words, billions, readZeroHundreds);
            words.Add("tỷ");
            readZeroHundreds = true;
        }

        if (rest > 0)
        {
            AppendBelowBillion(words, rest, readZeroHundreds);
        }
    }

    private void AppendBelowBillion(List<string> words, long number, bool readZeroHundreds)
    {
        var groups = new[] { (int)(number / 1_000_000), (int)(number / 1_000 % 1_000), (int)(number % 1_000) };
        string?[] scales = ["triệu", _thousand, null];
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i] == 0)
            {
                continue;
            }

            AppendGroup(words, groups[i], readZeroHundreds);
            if (scales[i] is { } scale)
            {
                words.Add(scale);
            }

            readZeroHundreds = true;
        }
    }

    // One group of three digits. readZeroHundreds: a higher non-zero group was read, so "không trăm" is spoken.
    private void AppendGroup(List<string> words, int group, bool readZeroHundreds)
    {
        var hundreds = group / 100;
        var tens = group / 10 % 10;
        var units = group % 10;
        var hundredsRead = hundreds > 0 || readZeroHundreds;
        if (hundredsRead)
        {
            words.Add(Digits[hundreds]);
            words.Add("trăm");
        }

        switch (tens)
        {
            case 0 when units == 0:
                break;
            case 0:
                if (hundredsRead)
                {
                    words.Add(_zeroTens);
                }

                words.Add(Digits[units]);
                break;
            case 1:
                words.Add("mười");
                AppendUnitsAfterMuoi(words, units);
                break;
            default:
                words.Add(Digits[tens]);
                words.Add("mươi");
                AppendUnitsAfterMuoiUnaccented(words, units);
                break;
        }
    }

    private static void AppendUnitsAfterMuoi(List<string> words, int units)
    {
        if (units != 0)
        {
            words.Add(units == 5 ? "lăm" : Digits[units]);
        }
    }

    private static void AppendUnitsAfterMuoiUnaccented(List<string> words, int units)
    {
        switch (units)
        {
            case 0:
                break;
            case 1:
                words.Add("mốt");
                break;
            case 4:
                words.Add("tư");
                break;
            case 5:
                words.Add("lăm");
                break;
            default:
                words.Add(Digits[units]);
                break;
        }
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
