using AmisModular.Printing.Tables;
using AmisModular.Printing.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmisModular.Printing.Tests.Tables;

public class XlsxTableWriterTests
{
    [Fact]
    public void Write_CashBook_MoneyIsNumericWithThousandsFormatAndHeaderIsBoldAndFrozen()
    {
        using var dir = new TempDirectory();
        var path = dir.File("so-quy.xlsx");
        new XlsxTableWriter().WriteFile(SampleTables.CashBook(), path);

        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var formats = workbook.WorkbookStylesPart!.Stylesheet;

        Assert.Equal("SỔ QUỸ TIỀN MẶT", Text(cells["A1"]));
        Assert.Equal("Ngày chứng từ", Text(cells["A5"]));
        Assert.Equal("Diễn giải", Text(cells["C5"]));
        Assert.True(IsBold(formats, cells["C5"]));

        var receipt = cells["D7"];
        Assert.True(receipt.DataType is null || receipt.DataType.Value == CellValues.Number);
        Assert.Equal("1200000", receipt.CellValue!.Text);
        Assert.Equal("#,##0", FormatCode(formats, receipt));
        Assert.False(IsBold(formats, receipt));

        var date = cells["A7"];
        Assert.Equal(new DateTime(2026, 11, 3).ToOADate(), double.Parse(date.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("dd/mm/yyyy", FormatCode(formats, date));

        var totalReceipt = cells["D9"];
        Assert.Equal("1200000", totalReceipt.CellValue!.Text);
        Assert.True(IsBold(formats, totalReceipt));
        Assert.Equal("Cộng số phát sinh", Text(cells["C9"]));
        Assert.False(cells.ContainsKey("E7") && cells["E7"].CellValue is not null);

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(5d, pane.VerticalSplit!.Value);
        Assert.Equal("A6", pane.TopLeftCell!.Value);
        Assert.Equal("Người ghi sổ        Kế toán trưởng        Giám đốc", Text(cells["A11"]));
    }

    [Fact]
    public void Write_MoneyWithDecimals_UsesTwoDecimalFormatAndExactValue()
    {
        var table = SampleTables.Journal(3);
        using var buffer = new MemoryStream();
        new XlsxTableWriter().Write(table, buffer);
        buffer.Position = 0;

        using var document = SpreadsheetDocument.Open(buffer, false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("100000.5", cells["F6"].CellValue!.Text);
        Assert.Equal("#,##0.00", FormatCode(document.WorkbookPart.WorkbookStylesPart!.Stylesheet, cells["F6"]));
        Assert.Equal("600001.0", cells["G12"].CellValue!.Text);
    }

    [Fact]
    public void Write_Journal_PassesOpenXmlSchemaValidation()
    {
        using var buffer = new MemoryStream();
        new XlsxTableWriter().Write(SampleTables.Journal(5), buffer);
        buffer.Position = 0;

        using var document = SpreadsheetDocument.Open(buffer, false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

    private static CellFormat Format(Stylesheet styles, Cell cell) =>
        styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);

    private static bool IsBold(Stylesheet styles, Cell cell)
    {
        var font = styles.Fonts!.Elements<Font>().ElementAt((int)Format(styles, cell).FontId!.Value);
        return font.Elements<Bold>().Any();
    }

    private static string FormatCode(Stylesheet styles, Cell cell)
    {
        var id = Format(styles, cell).NumberFormatId!.Value;
        return styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == id).FormatCode!.Value!;
    }
}
