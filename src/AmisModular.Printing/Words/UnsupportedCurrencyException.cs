namespace AmisModular.Printing.Words;

/// <summary>No built-in words for the currency; pass a <see cref="CurrencyWords"/> describing it.</summary>
public sealed class UnsupportedCurrencyException : Exception
{
    public UnsupportedCurrencyException(string currencyCode)
        : base($"Chưa có cách đọc tiền bằng chữ cho loại tiền '{currencyCode}'; hãy khai báo CurrencyWords. / " +
               $"No amount-in-words wording for currency '{currencyCode}'; supply a CurrencyWords.")
    {
        CurrencyCode = currencyCode;
    }

    public UnsupportedCurrencyException()
    {
        CurrencyCode = string.Empty;
    }

    public UnsupportedCurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
        CurrencyCode = string.Empty;
    }

    public string CurrencyCode { get; }
}
