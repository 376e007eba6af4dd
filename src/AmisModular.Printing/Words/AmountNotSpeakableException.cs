namespace AmisModular.Printing.Words;

/// <summary>
/// The amount cannot be read in words: its integer part exceeds 999.999.999.999.999, or it has more decimals than the
/// currency's minor unit (e.g. 1.200.000,5 VND). Round the amount to the currency first.
/// </summary>
public sealed class AmountNotSpeakableException : Exception
{
    public AmountNotSpeakableException(decimal amount, string currencyCode, string reasonVi, string reasonEn)
        : base($"Không đọc được số tiền {amount} {currencyCode} thành chữ: {reasonVi}. / " +
               $"Cannot write {amount} {currencyCode} in words: {reasonEn}.")
    {
        Amount = amount;
        CurrencyCode = currencyCode;
    }

    public AmountNotSpeakableException()
    {
        CurrencyCode = string.Empty;
    }

    public AmountNotSpeakableException(string message)
        : base(message)
    {
        CurrencyCode = string.Empty;
    }

    public AmountNotSpeakableException(string message, Exception innerException)
        : base(message, innerException)
    {
        CurrencyCode = string.Empty;
    }

    public decimal Amount { get; }

    public string CurrencyCode { get; }
}
