namespace AmisModular.Printing.Tables;

/// <summary>Writes a <see cref="ReportTable"/> in one output format. Validates the table before writing.</summary>
public interface IReportTableWriter
{
    /// <summary>"text", "json", "xlsx" or "pdf".</summary>
    string Format { get; }

    /// <summary>File extension with the dot, e.g. ".xlsx".</summary>
    string FileExtension { get; }

    string ContentType { get; }

    /// <summary>Writes into <paramref name="output"/>, which is left open.</summary>
    void Write(ReportTable table, Stream output);
}
