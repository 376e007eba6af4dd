using System.Globalization;
using AmisModular.Printing.Formatting;

namespace AmisModular.Printing.Tables;

/// <summary>Typed access and vi-VN display text for validated cells.</summary>
public static class ReportCells
{
    public static decimal? AsDecimal(object? value) => value switch
    {
        null => null,
        decimal d => d,
        int i => i,
        long l => l,
        _ => throw new InvalidCastException($"{value.GetType().Name} is not a number"),
    };

    public static DateOnly? AsDate(object? value) => value switch
    {
        null => null,
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        _ => throw new InvalidCastException($"{value.GetType().Name} is not a date"),
    };

    /// <summary>Display text: money "1.234.567", numbers with the column's decimals, dates "27/11/2026".</summary>
    public static string Display(ReportColumn column, object? value)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (value is null)
        {
            return string.Empty;
        }

        return column.Kind switch
        {
            ReportColumnKind.Money => VietnameseFormat.Money(AsDecimal(value)!.Value, column.Decimals),
            ReportColumnKind.Number => VietnameseFormat.Number(AsDecimal(value)!.Value, column.Decimals),
            ReportColumnKind.Date => VietnameseFormat.Date(AsDate(value)!.Value),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)!.Normalize(),
        };
    }
}
