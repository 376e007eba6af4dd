namespace AmisModular.Printing.Tables;

/// <summary>A report column. <see cref="Key"/> is the stable JSON property name; <see cref="Header"/> is printed.</summary>
public sealed record ReportColumn(string Key, string Header, ReportColumnKind Kind = ReportColumnKind.Text)
{
    /// <summary>Overrides the default alignment (Money/Number right, Date centre, Text left).</summary>
    public ColumnAlignment? Alignment { get; init; }

    /// <summary>Decimals printed for Money/Number columns (VND money: 0).</summary>
    public int Decimals { get; init; }

    /// <summary>Relative width hint for PDF layout; null lets the writer measure the content.</summary>
    public double? WidthWeight { get; init; }

    public ColumnAlignment EffectiveAlignment => Alignment ?? Kind switch
    {
        ReportColumnKind.Money or ReportColumnKind.Number => ColumnAlignment.Right,
        ReportColumnKind.Date => ColumnAlignment.Center,
        _ => ColumnAlignment.Left,
    };

    public bool IsNumeric => Kind is ReportColumnKind.Money or ReportColumnKind.Number;
}
