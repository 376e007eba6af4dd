namespace AmisModular.Printing.Tables;

/// <summary>The table is malformed (missing title, duplicate key, wrong cell count or type); nothing was written.</summary>
public sealed class ReportTableValidationException : Exception
{
    public ReportTableValidationException(int? rowIndex, string? columnKey, string messageVi, string messageEn)
        : base($"{messageVi} / {messageEn}" + Where(rowIndex, columnKey))
    {
        RowIndex = rowIndex;
        ColumnKey = columnKey;
    }

    public ReportTableValidationException()
    {
    }

    public ReportTableValidationException(string message)
        : base(message)
    {
    }

    public ReportTableValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Zero-based row index, when a row is at fault.</summary>
    public int? RowIndex { get; }

    public string? ColumnKey { get; }

    private static string Where(int? row, string? column) =>
        (row, column) switch
        {
            (null, null) => string.Empty,
            (null, _) => $" (column '{column}')",
            (_, null) => $" (row {row})",
            _ => $" (row {row}, column '{column}')",
        };
}
