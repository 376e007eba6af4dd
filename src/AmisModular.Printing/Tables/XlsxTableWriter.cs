using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmisModular.Printing.Tables;

/// <summary>
/// One worksheet: title and subtitles (merged across the table), a bold bordered header row frozen with everything
/// above it, money and numbers as numeric cells ("#,##0", or "#,##0.00" with decimals), dates as date serials
/// ("dd/mm/yyyy"), bold group/total rows, footer lines below. Written with the Open XML SDK (no System.Drawing).
/// </summary>
public sealed class XlsxTableWriter : IReportTableWriter
{
    public string Format => "xlsx";

    public string FileExtension => ".xlsx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Write(ReportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        table.Validate();

        // Build in memory first: a package streamed straight into `output` is unreadable if writing fails midway.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var styles = new XlsxStyleBook();
            sheetPart.Worksheet = new XlsxSheetBuilder(table, styles).Build();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(table.Title),
            }));
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static string SheetName(string title)
    {
        var clean = new string(title.Where(ch => "[]:*?/\\'".IndexOf(ch, StringComparison.Ordinal) < 0).ToArray()).Trim();
        clean = clean.Length == 0 ? "Report" : clean;
        return clean.Length > 31 ? clean[..31] : clean;
    }

    /// <summary>"A", "B", …, "Z", "AA" for a 1-based column number.</summary>
    internal static string ColumnName(int column)
    {
        var name = string.Empty;
        while (column > 0)
        {
            var rem = (column - 1) % 26;
            name = (char)('A' + rem) + name;
            column = (column - 1) / 26;
        }

        return name;
    }

    internal static string Reference(int column, uint row) =>
        ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
}
