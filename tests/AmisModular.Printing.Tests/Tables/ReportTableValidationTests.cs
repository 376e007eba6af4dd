using AmisModular.Printing.Tables;

namespace AmisModular.Printing.Tests.Tables;

public class ReportTableValidationTests
{
    [Fact]
    public void Write_WrongCellType_ThrowsNamingRowAndColumnAndWritesNothing()
    {
        var table = SampleTables.CashBook() with { Rows = [ReportRow.Detail(null, "PT1", "x", 1.5, null, null)] };

        foreach (var writer in ReportTableWriters.All)
        {
            using var output = new MemoryStream();
            var e = Assert.Throws<ReportTableValidationException>(() => writer.Write(table, output));
            Assert.Equal(0, e.RowIndex);
            Assert.Equal("receipt", e.ColumnKey);
            Assert.Equal(0, output.Length);
        }
    }

    [Fact]
    public void Validate_WrongCellCount_Throws()
    {
        var table = SampleTables.CashBook() with { Rows = [ReportRow.Detail("only one")] };
        var e = Assert.Throws<ReportTableValidationException>(table.Validate);
        Assert.Equal(0, e.RowIndex);
    }

    [Fact]
    public void Validate_DuplicateColumnKey_Throws()
    {
        var table = SampleTables.CashBook() with
        {
            Columns = [new ReportColumn("a", "A"), new ReportColumn("a", "B")],
            Rows = [],
        };
        var e = Assert.Throws<ReportTableValidationException>(table.Validate);
        Assert.Equal("a", e.ColumnKey);
    }

    [Fact]
    public void WriteFile_InvalidTable_LeavesExistingFileUntouched()
    {
        var path = Path.Combine(Path.GetTempPath(), "amis-print-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "previous");
        try
        {
            var bad = SampleTables.CashBook() with { Title = "" };
            Assert.Throws<ReportTableValidationException>(() => new JsonTableWriter().WriteFile(bad, path));
            Assert.Equal("previous", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("pdf", ".pdf")]
    [InlineData("XLSX", ".xlsx")]
    [InlineData(".json", ".json")]
    [InlineData("text", ".txt")]
    [InlineData("txt", ".txt")]
    public void ForFormat_KnownNames_ReturnWriter(string format, string extension)
    {
        Assert.Equal(extension, ReportTableWriters.ForFormat(format).FileExtension);
    }

    [Fact]
    public void ForFormat_Unknown_ThrowsListingSupported()
    {
        var e = Assert.Throws<UnsupportedReportFormatException>(() => ReportTableWriters.ForFormat("docx"));
        Assert.Contains("xlsx", e.Message, StringComparison.Ordinal);
    }
}
