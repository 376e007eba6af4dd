namespace AmisModular.Printing.Tables;

/// <summary>
/// One line of a report: one value per column, in column order. Values: string (Text), DateOnly/DateTime (Date),
/// decimal/int/long (Money, Number) or null for an empty cell.
/// </summary>
public sealed record ReportRow(IReadOnlyList<object?> Cells)
{
    public ReportRowKind Kind { get; init; } = ReportRowKind.Detail;

    /// <summary>Printed bold; group and total rows are bold unless set otherwise.</summary>
    public bool? Bold { get; init; }

    public bool IsBold => Bold ?? Kind != ReportRowKind.Detail;

    public static ReportRow Detail(params object?[] cells) => new(cells);

    public static ReportRow Group(params object?[] cells) => new(cells) { Kind = ReportRowKind.Group };

    public static ReportRow Total(params object?[] cells) => new(cells) { Kind = ReportRowKind.Total };
}
