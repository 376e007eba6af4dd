using AmisModular.Printing.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AmisModular.Printing.Tables;

/// <summary>
/// A4 PDF of a report table: landscape from <see cref="LandscapeFromColumns"/> columns on, title and subtitles on the
/// first page, the column header repeated on every page, bold and shaded group rows, bold total rows, footer lines after
/// the table and "Trang i/n" at the bottom of each page. Fonts: embedded DejaVu Sans.
/// </summary>
public sealed class PdfTableWriter : IReportTableWriter
{
    public int LandscapeFromColumns { get; init; } = 7;

    public double FontSize { get; init; } = 8;

    public string Format => "pdf";

    public string FileExtension => ".pdf";

    public string ContentType => "application/pdf";

    public void Write(ReportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        table.Validate();
        var orientation = table.Columns.Count >= LandscapeFromColumns ? PageOrientation.Landscape : PageOrientation.Portrait;
        using var document = new PdfDocument();
        document.Info.Title = table.Title;
        document.Info.Creator = "AmisModular";
        new PdfTablePainter(document, table, orientation, FontSize).Paint();
        NumberPages(document);
        document.Save(output, false);
    }

    private static void NumberPages(PdfDocument document)
    {
        var font = PdfFonts.Regular(8);
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = $"Trang {i + 1}/{count}";
            gfx.DrawString(text, font, XBrushes.Black,
                new XRect(0, page.Height.Point - PdfTablePainter.Margin + 6, page.Width.Point, 12), XStringFormats.TopCenter);
        }
    }
}
