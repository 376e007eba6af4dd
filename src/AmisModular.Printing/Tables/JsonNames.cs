namespace AmisModular.Printing.Tables;

/// <summary>The fixed JSON spellings of the enums, independent of C# member names.</summary>
internal static class JsonNames
{
    public static string Of(ReportColumnKind kind) => kind switch
    {
        ReportColumnKind.Date => "date",
        ReportColumnKind.Money => "money",
        ReportColumnKind.Number => "number",
        _ => "text",
    };

    public static string Of(ColumnAlignment alignment) => alignment switch
    {
        ColumnAlignment.Center => "center",
        ColumnAlignment.Right => "right",
        _ => "left",
    };

    public static string Of(ReportRowKind kind) => kind switch
    {
        ReportRowKind.Group => "group",
        ReportRowKind.Total => "total",
        _ => "detail",
    };

    public static ReportColumnKind ColumnKind(string? s) => s switch
    {
        "text" => ReportColumnKind.Text,
        "date" => ReportColumnKind.Date,
        "money" => ReportColumnKind.Money,
        "number" => ReportColumnKind.Number,
        _ => throw new FormatException($"Unknown column kind '{s}'"),
    };

    public static ColumnAlignment Alignment(string? s) => s switch
    {
        "left" => ColumnAlignment.Left,
        "center" => ColumnAlignment.Center,
        "right" => ColumnAlignment.Right,
        _ => throw new FormatException($"Unknown alignment '{s}'"),
    };

    public static ReportRowKind RowKind(string? s) => s switch
    {
        "detail" => ReportRowKind.Detail,
        "group" => ReportRowKind.Group,
        "total" => ReportRowKind.Total,
        _ => throw new FormatException($"Unknown row kind '{s}'"),
    };
}
