using AmisModular.Printing.Pdf;
using PdfSharp.Drawing;

namespace AmisModular.Printing.Tables;

/// <summary>
/// Column widths for the PDF table: measured from content, numbers and dates never wrap, text columns take the slack
/// or shrink (and wrap) when the table is wider than the page. Explicit <see cref="ReportColumn.WidthWeight"/> on every
/// column overrides the measurement.
/// </summary>
internal static class PdfColumnLayout
{
    public const double Padding = 3;
    private const double MinTextWidth = 40;

    public static double[] Widths(XGraphics gfx, ReportTable table, XFont regular, XFont bold, double available)
    {
        var columns = table.Columns;
        if (columns.All(c => c.WidthWeight is > 0))
        {
            var sum = columns.Sum(c => c.WidthWeight!.Value);
            return columns.Select(c => available * c.WidthWeight!.Value / sum).ToArray();
        }

        var natural = new double[columns.Count];
        var minimum = new double[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var longestHeaderWord = columns[i].Header.Split(' ').Max(w => gfx.MeasureString(w, bold).Width);
            natural[i] = Math.Max(gfx.MeasureString(columns[i].Header, bold).Width * 0.6, longestHeaderWord);
            minimum[i] = longestHeaderWord;
            foreach (var row in table.Rows)
            {
                var text = ReportCells.Display(columns[i], row.Cells[i]);
                var width = text.Length == 0 ? 0 : gfx.MeasureString(text, row.IsBold ? bold : regular).Width;
                natural[i] = Math.Max(natural[i], width);
            }

            natural[i] += 2 * Padding;
            minimum[i] = columns[i].Kind == ReportColumnKind.Text
                ? Math.Min(natural[i], Math.Max(minimum[i] + (2 * Padding), MinTextWidth))
                : natural[i];
        }

        return Fit(columns, natural, minimum, available);
    }

    private static double[] Fit(IReadOnlyList<ReportColumn> columns, double[] natural, double[] minimum, double available)
    {
        var isText = columns.Select(c => c.Kind == ReportColumnKind.Text).ToArray();
        var total = natural.Sum();
        var textTotal = natural.Where((_, i) => isText[i]).Sum();
        var fixedTotal = total - textTotal;
        if (total <= available)
        {
            // Spread the slack over text columns (or over all when there are none).
            var slackBase = textTotal > 0 ? textTotal : total;
            return natural.Select((w, i) => textTotal > 0 && !isText[i] ? w : w + ((available - total) * w / slackBase)).ToArray();
        }

        var textAvailable = available - fixedTotal;
        if (textTotal > 0 && textAvailable >= minimum.Where((_, i) => isText[i]).Sum())
        {
            var widths = natural.Select((w, i) => isText[i] ? Math.Max(minimum[i], textAvailable * w / textTotal) : w).ToArray();
            var over = widths.Sum() - available;
            return over <= 0.01 ? widths : Scale(widths, available);
        }

        return Scale(natural, available);
    }

    private static double[] Scale(double[] widths, double available)
    {
        var sum = widths.Sum();
        return widths.Select(w => w * available / sum).ToArray();
    }

    public static IReadOnlyList<string> CellLines(XGraphics gfx, ReportColumn column, string text, XFont font, double width) =>
        column.Kind == ReportColumnKind.Text
            ? TextWrapper.Wrap(gfx, text, font, Math.Max(1, width - (2 * Padding)))
            : [text];
}
