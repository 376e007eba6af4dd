namespace AmisModular.Printing.Tables;

/// <summary>
/// A report as plain data (trial balance, journal, ledger, cash book…) that every writer (text, JSON, XLSX, PDF)
/// renders the same way. Subtitles carry company, book and period lines; the footer carries notes and signature
/// captions ("Người ghi sổ", "Kế toán trưởng").
/// </summary>
public sealed record ReportTable
{
    public required string Title { get; init; }

    public IReadOnlyList<string> Subtitles { get; init; } = [];

    public required IReadOnlyList<ReportColumn> Columns { get; init; }

    public IReadOnlyList<ReportRow> Rows { get; init; } = [];

    public IReadOnlyList<string> Footer { get; init; } = [];

    /// <summary>Checks shape and cell types; every writer calls it before writing a byte.</summary>
    /// <exception cref="ReportTableValidationException">Names the row and column at fault.</exception>
    public void Validate() => ReportTableValidator.Validate(this);
}
