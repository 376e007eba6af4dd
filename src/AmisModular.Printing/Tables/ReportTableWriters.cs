namespace AmisModular.Printing.Tables;

/// <summary>The built-in writers, looked up by format name (as a CLI "--format" value) or file extension.</summary>
public static class ReportTableWriters
{
    public static IReadOnlyList<IReportTableWriter> All { get; } =
        [new TextTableWriter(), new JsonTableWriter(), new XlsxTableWriter(), new PdfTableWriter()];

    /// <exception cref="UnsupportedReportFormatException">Unknown format.</exception>
    public static IReportTableWriter ForFormat(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var wanted = format.Trim().TrimStart('.');
        return All.FirstOrDefault(w =>
                   string.Equals(w.Format, wanted, StringComparison.OrdinalIgnoreCase) ||
                   string.Equals(w.FileExtension.TrimStart('.'), wanted, StringComparison.OrdinalIgnoreCase))
               ?? throw new UnsupportedReportFormatException(format, All.Select(w => w.Format));
    }

    /// <summary>Writes the table to a file, replacing it only once the whole output was produced.</summary>
    public static void WriteFile(this IReportTableWriter writer, ReportTable table, string path)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        table.Validate();
        var temp = path + ".tmp";
        try
        {
            using (var file = File.Create(temp))
            {
                writer.Write(table, file);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
