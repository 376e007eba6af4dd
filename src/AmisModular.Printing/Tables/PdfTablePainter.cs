using AmisModular.Printing.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AmisModular.Printing.Tables;

/// <summary>Paints rows page by page; starts a new page (with the header again) when a row does not fit.</summary>
internal sealed class PdfTablePainter : IDisposable
{
    public const double Margin = 30;

    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(0xE6, 0xE6, 0xE6));
    private static readonly XBrush GroupFill = new XSolidBrush(XColor.FromArgb(0xF3, 0xF3, 0xF3));
    private static readonly XPen Grid = new(XColors.Black, 0.5);

    private readonly PdfDocument _document;
    private readonly ReportTable _table;
    private readonly PageOrientation _orientation;
    private readonly XFont _regular;
    private readonly XFont _bold;
    private readonly double _lineHeight;
    private XGraphics? _gfx;
    private double[] _widths = [];
    private double _y;
    private double _bottom;

    public PdfTablePainter(PdfDocument document, ReportTable table, PageOrientation orientation, double fontSize)
    {
        _document = document;
        _table = table;
        _orientation = orientation;
        _regular = PdfFonts.Regular(fontSize);
        _bold = PdfFonts.Bold(fontSize);
        _lineHeight = PdfText.LineHeight(_regular);
    }

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page is open.");

    public void Paint()
    {
        NewPage(first: true);
        foreach (var row in _table.Rows)
        {
            PaintRow(row);
        }

        PaintFooter();
        Dispose();
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _gfx = null;
    }

    private void NewPage(bool first)
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = _orientation;
        _gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - (2 * Margin);
        _bottom = page.Height.Point - Margin - 4;
        _y = Margin;
        if (first)
        {
            _widths = PdfColumnLayout.Widths(Gfx, _table, _regular, _bold, width);
            _y = PdfText.Block(Gfx, _table.Title.Normalize(), PdfFonts.Bold(13), Margin, _y, width, XStringFormats.TopCenter);
            foreach (var line in _table.Subtitles)
            {
                _y = PdfText.Block(Gfx, line.Normalize(), PdfFonts.Italic(9), Margin, _y, width, XStringFormats.TopCenter);
            }

            _y += 8;
        }

        PaintHeader();
    }

    private void PaintHeader()
    {
        var lines = _table.Columns.Select((c, i) => TextWrapper.Wrap(Gfx, c.Header.Normalize(), _bold,
            Math.Max(1, _widths[i] - (2 * PdfColumnLayout.Padding)))).ToList();
        var height = (lines.Max(l => l.Count) * _lineHeight) + (2 * PdfColumnLayout.Padding);
        var x = Margin;
        for (var i = 0; i < _widths.Length; i++)
        {
            var cell = new XRect(x, _y, _widths[i], height);
            Gfx.DrawRectangle(Grid, HeaderFill, cell);
            DrawLines(lines[i], _bold, cell, XStringFormats.TopCenter);
            x += _widths[i];
        }

        _y += height;
    }

    private void PaintRow(ReportRow row)
    {
        var font = row.IsBold ? _bold : _regular;
        var lines = _table.Columns.Select((c, i) =>
            PdfColumnLayout.CellLines(Gfx, c, ReportCells.Display(c, row.Cells[i]), font, _widths[i])).ToList();
        var height = (lines.Max(l => l.Count) * _lineHeight) + (2 * PdfColumnLayout.Padding);
        if (_y + height > _bottom)
        {
            NewPage(first: false);
        }

        var x = Margin;
        for (var i = 0; i < _widths.Length; i++)
        {
            var cell = new XRect(x, _y, _widths[i], height);
            if (row.Kind == ReportRowKind.Group)
            {
                Gfx.DrawRectangle(GroupFill, cell);
            }

            Gfx.DrawRectangle(Grid, cell);
            DrawLines(lines[i], font, cell, Format(_table.Columns[i].EffectiveAlignment));
            x += _widths[i];
        }

        _y += height;
    }

    private void PaintFooter()
    {
        if (_table.Footer.Count == 0)
        {
            return;
        }

        var width = _widths.Sum();
        var needed = (_table.Footer.Count * PdfText.LineHeight(PdfFonts.Regular(9))) + 10;
        if (_y + needed > _bottom)
        {
            NewPage(first: false);
        }

        _y += 10;
        foreach (var line in _table.Footer)
        {
            _y = PdfText.Block(Gfx, line.Normalize(), PdfFonts.Regular(9), Margin, _y, width, XStringFormats.TopLeft);
        }
    }

    private void DrawLines(IReadOnlyList<string> lines, XFont font, XRect cell, XStringFormat format)
    {
        var y = cell.Y + PdfColumnLayout.Padding;
        foreach (var line in lines)
        {
            Gfx.DrawString(line, font, XBrushes.Black,
                new XRect(cell.X + PdfColumnLayout.Padding, y, cell.Width - (2 * PdfColumnLayout.Padding), _lineHeight),
                format);
            y += _lineHeight;
        }
    }

    private static XStringFormat Format(ColumnAlignment alignment) => alignment switch
    {
        ColumnAlignment.Right => XStringFormats.TopRight,
        ColumnAlignment.Center => XStringFormats.TopCenter,
        _ => XStringFormats.TopLeft,
    };
}
