using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmisModular.Printing.Tables;

/// <summary>Lays out a <see cref="ReportTable"/> as worksheet XML.</summary>
internal sealed class XlsxSheetBuilder
{
    private readonly ReportTable _table;
    private readonly XlsxStyleBook _styles;
    private readonly SheetData _data = new();
    private readonly MergeCells _merges = new();
    private readonly double[] _widths;
    private uint _row;

    public XlsxSheetBuilder(ReportTable table, XlsxStyleBook styles)
    {
        _table = table;
        _styles = styles;
        _widths = table.Columns.Select(c => (double)Math.Max(8, c.Header.Length)).ToArray();
    }

    public Worksheet Build()
    {
        var title = _styles.Style(XlsxStyleBook.FormatGeneral, XlsxStyleBook.FontTitle, horizontal: HorizontalAlignmentValues.Center);
        var subtitle = _styles.Style(XlsxStyleBook.FormatGeneral, XlsxStyleBook.FontItalic, horizontal: HorizontalAlignmentValues.Center);
        MergedLine(_table.Title, title);
        foreach (var line in _table.Subtitles)
        {
            MergedLine(line, subtitle);
        }

        _row++; // a blank line between the heading and the table
        var headerRow = HeaderRow();
        foreach (var row in _table.Rows)
        {
            DataRow(row);
        }

        var footer = _styles.Style(XlsxStyleBook.FormatGeneral, XlsxStyleBook.FontItalic);
        foreach (var line in _table.Footer)
        {
            var r = NewRow();
            r.Append(TextCell(1, r.RowIndex!, line, footer));
        }

        var sheet = new Worksheet(FrozenView(headerRow), Columns(), _data);
        if (_merges.HasChildren)
        {
            sheet.Append(_merges);
        }

        return sheet;
    }

    private void MergedLine(string text, uint style)
    {
        var row = NewRow();
        row.Append(TextCell(1, row.RowIndex!, text, style));
        if (_table.Columns.Count > 1)
        {
            _merges.Append(new MergeCell
            {
                Reference = XlsxTableWriter.Reference(1, _row) + ":" + XlsxTableWriter.Reference(_table.Columns.Count, _row),
            });
        }
    }

    private uint HeaderRow()
    {
        var style = _styles.Style(XlsxStyleBook.FormatGeneral, XlsxStyleBook.FontBold, XlsxStyleBook.FillHeader,
            XlsxStyleBook.BorderThin, HorizontalAlignmentValues.Center, wrap: true);
        var row = NewRow();
        for (var i = 0; i < _table.Columns.Count; i++)
        {
            row.Append(TextCell(i + 1, row.RowIndex!, _table.Columns[i].Header, style));
        }

        return _row;
    }

    private void DataRow(ReportRow source)
    {
        var row = NewRow();
        var font = source.IsBold ? XlsxStyleBook.FontBold : XlsxStyleBook.FontRegular;
        for (var i = 0; i < _table.Columns.Count; i++)
        {
            var column = _table.Columns[i];
            var value = source.Cells[i];
            var style = _styles.Style(NumberFormatFor(column), font, XlsxStyleBook.FillNone, XlsxStyleBook.BorderThin,
                Horizontal(column.EffectiveAlignment));
            row.Append(value switch
            {
                null => new Cell { CellReference = XlsxTableWriter.Reference(i + 1, _row), StyleIndex = style },
                string s => TextCell(i + 1, row.RowIndex!, s, style),
                DateOnly or DateTime => NumberCell(i + 1, ReportCells.AsDate(value)!.Value, style),
                _ => NumberCell(i + 1, ReportCells.AsDecimal(value)!.Value, style),
            });
            Measure(i, ReportCells.Display(column, value));
        }
    }

    private uint NumberFormatFor(ReportColumn column) => column.Kind switch
    {
        ReportColumnKind.Date => _styles.NumberFormat("dd/mm/yyyy"),
        ReportColumnKind.Money or ReportColumnKind.Number =>
            _styles.NumberFormat(column.Decimals == 0 ? "#,##0" : "#,##0." + new string('0', column.Decimals)),
        _ => XlsxStyleBook.FormatGeneral,
    };

    private static HorizontalAlignmentValues Horizontal(ColumnAlignment alignment) => alignment switch
    {
        ColumnAlignment.Right => HorizontalAlignmentValues.Right,
        ColumnAlignment.Center => HorizontalAlignmentValues.Center,
        _ => HorizontalAlignmentValues.Left,
    };

    private Row NewRow()
    {
        _row++;
        var row = new Row { RowIndex = _row };
        _data.Append(row);
        return row;
    }

    private static Cell TextCell(int column, UInt32Value row, string text, uint style) => new()
    {
        CellReference = XlsxTableWriter.Reference(column, row.Value),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text.Normalize()) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private Cell NumberCell(int column, decimal value, uint style) => new()
    {
        CellReference = XlsxTableWriter.Reference(column, _row),
        CellValue = new CellValue(value),
        StyleIndex = style,
    };

    private Cell NumberCell(int column, DateOnly value, uint style) => new()
    {
        CellReference = XlsxTableWriter.Reference(column, _row),
        CellValue = new CellValue(value.ToDateTime(TimeOnly.MinValue).ToOADate()),
        StyleIndex = style,
    };

    private void Measure(int column, string text) => _widths[column] = Math.Max(_widths[column], Math.Min(60, text.Length + 2));

    private Columns Columns() => new(_widths.Select((w, i) => new Column
    {
        Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w + 1, CustomWidth = true,
    }));

    private static SheetViews FrozenView(uint headerRow)
    {
        var topLeft = XlsxTableWriter.Reference(1, headerRow + 1);
        return new SheetViews(new SheetView(
            new Pane
            {
                VerticalSplit = headerRow, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        { WorkbookViewId = 0 });
    }
}
