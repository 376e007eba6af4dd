using System.Globalization;

namespace AmisModular.Storage.Money;

/// <summary>An amount has more decimals than the store keeps; it is refused rather than rounded silently.</summary>
public sealed class MoneyPrecisionException : Exception
{
    public MoneyPrecisionException()
    {
    }

    public MoneyPrecisionException(string message)
        : base(message)
    {
    }

    public MoneyPrecisionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MoneyPrecisionException(decimal amount)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"Số tiền {amount} có quá {MoneyStorage.Decimals} chữ số thập phân / Amount {amount} has more than {MoneyStorage.Decimals} decimals."))
    {
        Amount = amount;
    }

    public MoneyPrecisionException(decimal amount, string field)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"{field}: số tiền {amount} có quá {MoneyStorage.Decimals} chữ số thập phân / {field}: amount {amount} has more than {MoneyStorage.Decimals} decimals."))
    {
        Amount = amount;
        Field = field;
    }

    public decimal Amount { get; }

    public string? Field { get; }
}
