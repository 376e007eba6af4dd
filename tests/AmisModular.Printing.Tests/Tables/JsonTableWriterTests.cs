using System.Text.Json;
using AmisModular.Printing.Tables;

namespace AmisModular.Printing.Tests.Tables;

public class JsonTableWriterTests
{
    [Fact]
    public void Write_Money_IsExactJsonNumberAndRoundTrips()
    {
        var sum = 0.1m + 0.2m;
        var table = new ReportTable
        {
            Title = "Kiểm tra",
            Columns = [new ReportColumn("name", "Tên"), new ReportColumn("amount", "Số tiền", ReportColumnKind.Money) { Decimals = 2 }],
            Rows = [ReportRow.Detail("a", sum), ReportRow.Detail("b", 999_999_999_999m), ReportRow.Total("Cộng", 999_999_999_999.3m)],
        };
        using var buffer = new MemoryStream();
        new JsonTableWriter().Write(table, buffer);

        var json = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        Assert.Contains("\"amount\": 0.3", json, StringComparison.Ordinal);
        Assert.Contains("\"amount\": 999999999999", json, StringComparison.Ordinal);
        Assert.Contains("\"amount\": 999999999999.3", json, StringComparison.Ordinal);
        Assert.DoesNotContain("E+", json, StringComparison.Ordinal);
        Assert.Contains("Kiểm tra", json, StringComparison.Ordinal);

        buffer.Position = 0;
        var back = JsonTableReader.Read(buffer);
        Assert.Equal(0.3m, back.Rows[0].Cells[1]);
        Assert.Equal(999_999_999_999m, back.Rows[1].Cells[1]);
        Assert.Equal(999_999_999_999.3m, back.Rows[2].Cells[1]);
        Assert.Equal(ReportRowKind.Total, back.Rows[2].Kind);
        Assert.True(back.Rows[2].IsBold);
    }

    [Fact]
    public void Write_CashBook_HasStablePropertyNamesAndIsoDates()
    {
        using var buffer = new MemoryStream();
        new JsonTableWriter().Write(SampleTables.CashBook(), buffer);
        using var doc = JsonDocument.Parse(buffer.ToArray());
        var root = doc.RootElement;

        Assert.Equal(["title", "subtitles", "columns", "rows", "footer"], root.EnumerateObject().Select(p => p.Name));
        var column = root.GetProperty("columns")[3];
        Assert.Equal("receipt", column.GetProperty("key").GetString());
        Assert.Equal("money", column.GetProperty("kind").GetString());
        Assert.Equal("right", column.GetProperty("alignment").GetString());
        var row = root.GetProperty("rows")[1];
        Assert.Equal("detail", row.GetProperty("kind").GetString());
        var cells = row.GetProperty("cells");
        Assert.Equal("2026-11-03", cells.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Number, cells.GetProperty("receipt").ValueKind);
        Assert.Equal(1_200_000m, cells.GetProperty("receipt").GetDecimal());
        Assert.Equal(JsonValueKind.Null, cells.GetProperty("payment").ValueKind);
    }

    [Fact]
    public void Read_WrittenTable_EqualsOriginalCells()
    {
        var original = SampleTables.CashBook();
        using var buffer = new MemoryStream();
        new JsonTableWriter().Write(original, buffer);
        buffer.Position = 0;

        var back = JsonTableReader.Read(buffer);

        Assert.Equal(original.Title, back.Title);
        Assert.Equal(original.Subtitles, back.Subtitles);
        Assert.Equal(original.Footer, back.Footer);
        Assert.Equal(original.Columns.Select(c => (c.Key, c.Kind)), back.Columns.Select(c => (c.Key, c.Kind)));
        for (var r = 0; r < original.Rows.Count; r++)
        {
            Assert.Equal(original.Rows[r].Cells, back.Rows[r].Cells);
        }
    }
}
