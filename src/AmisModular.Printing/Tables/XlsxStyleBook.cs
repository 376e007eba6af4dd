using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmisModular.Printing.Tables;

/// <summary>Collects the distinct cell formats a sheet uses and emits the stylesheet.</summary>
internal sealed class XlsxStyleBook
{
    public const uint FontRegular = 0;
    public const uint FontBold = 1;
    public const uint FontTitle = 2;
    public const uint FontItalic = 3;
    public const uint FillNone = 0;
    public const uint FillHeader = 2;
    public const uint BorderNone = 0;
    public const uint BorderThin = 1;
    public const uint FormatGeneral = 0;

    private const uint FirstCustomFormatId = 164;
    private readonly Dictionary<string, uint> _numberFormats = new(StringComparer.Ordinal);
    private readonly List<CellFormat> _cellFormats = [new CellFormat()];
    private readonly Dictionary<(uint, uint, uint, uint, HorizontalAlignmentValues?, bool), uint> _index = [];

    /// <summary>Id of a number format code, e.g. "#,##0" or "dd/mm/yyyy".</summary>
    public uint NumberFormat(string code)
    {
        if (!_numberFormats.TryGetValue(code, out var id))
        {
            id = FirstCustomFormatId + (uint)_numberFormats.Count;
            _numberFormats.Add(code, id);
        }

        return id;
    }

    public uint Style(uint numberFormat, uint font, uint fill = FillNone, uint border = BorderNone,
        HorizontalAlignmentValues? horizontal = null, bool wrap = false)
    {
        var key = (numberFormat, font, fill, border, horizontal, wrap);
        if (_index.TryGetValue(key, out var index))
        {
            return index;
        }

        var format = new CellFormat
        {
            NumberFormatId = numberFormat, FontId = font, FillId = fill, BorderId = border,
            ApplyNumberFormat = numberFormat != FormatGeneral, ApplyFont = font != FontRegular,
            ApplyFill = fill != FillNone, ApplyBorder = border != BorderNone,
        };
        if (horizontal is not null || wrap)
        {
            format.ApplyAlignment = true;
            format.Alignment = new Alignment { Horizontal = horizontal, WrapText = wrap, Vertical = VerticalAlignmentValues.Center };
        }

        index = (uint)_cellFormats.Count;
        _cellFormats.Add(format);
        _index.Add(key, index);
        return index;
    }

    public Stylesheet Build()
    {
        var numberFormats = new NumberingFormats(_numberFormats.Select(p =>
            new NumberingFormat { NumberFormatId = p.Value, FormatCode = p.Key }));
        numberFormats.Count = (uint)_numberFormats.Count;
        return new Stylesheet(
            numberFormats,
            new Fonts(Font(false, false, 11), Font(true, false, 11), Font(true, false, 14), Font(false, true, 11)) { Count = 4 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border(), ThinBorder()) { Count = 2 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(_cellFormats.Select(f => (CellFormat)f.CloneNode(true))) { Count = (uint)_cellFormats.Count });
    }

    private static Font Font(bool bold, bool italic, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Calibri" });
        return font;
    }

    private static Border ThinBorder() => new(
        new LeftBorder { Style = BorderStyleValues.Thin },
        new RightBorder { Style = BorderStyleValues.Thin },
        new TopBorder { Style = BorderStyleValues.Thin },
        new BottomBorder { Style = BorderStyleValues.Thin },
        new DiagonalBorder());
}
