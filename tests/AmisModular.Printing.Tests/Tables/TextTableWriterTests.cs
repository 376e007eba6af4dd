using AmisModular.Printing.Tables;

namespace AmisModular.Printing.Tests.Tables;

public class TextTableWriterTests
{
    [Fact]
    public void Render_CashBook_RightAlignsMoneyWithViVnSeparators()
    {
        var text = new TextTableWriter().Render(SampleTables.CashBook());
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        var header = lines.Single(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("Diễn giải", StringComparison.Ordinal));
        var receipt = lines.Single(l => l.Contains("PT00001", StringComparison.Ordinal));
        var payment = lines.Single(l => l.Contains("PC00007", StringComparison.Ordinal));

        // Every table line has the same length, and the money cells end at the same column (right aligned).
        var tableLines = lines.Where(l => l.StartsWith('|') || l.StartsWith('+')).ToList();
        Assert.Single(tableLines.Select(l => l.Length).Distinct());
        var dateCell = receipt[Cells(header)[0].Start..Cells(header)[0].End];
        Assert.Equal("03/11/2026", dateCell.Trim());
        Assert.InRange((dateCell.Length - dateCell.TrimStart().Length) - (dateCell.Length - dateCell.TrimEnd().Length), -1, 1);
        Assert.Contains(" 1.200.000 |", receipt, StringComparison.Ordinal);
        Assert.Equal(receipt.IndexOf("1.200.000 |", StringComparison.Ordinal) + "1.200.000".Length,
            Cells(header)[3].End);
        Assert.Equal(payment.LastIndexOf("5.100.000", StringComparison.Ordinal) + "5.100.000".Length, Cells(header)[5].End);
        Assert.Equal("SỔ QUỸ TIỀN MẶT", lines[0].Trim());
        Assert.Equal("Từ ngày 01/11/2026 đến ngày 30/11/2026", lines[2].Trim());
        Assert.Contains("Người ghi sổ", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TotalRow_IsPrecededByARule()
    {
        var lines = new TextTableWriter().Render(SampleTables.CashBook()).Split('\n');
        var total = Array.FindIndex(lines, l => l.Contains("Cộng số phát sinh", StringComparison.Ordinal));
        Assert.StartsWith("+-", lines[total - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongText_IsCutWithEllipsis()
    {
        var table = SampleTables.CashBook() with
        {
            Rows = [ReportRow.Detail(null, "X", new string('a', 80), 1m, null, null)],
        };
        var text = new TextTableWriter { MaxColumnWidth = 20 }.Render(table);
        Assert.Contains(new string('a', 19) + "…", text, StringComparison.Ordinal);
    }

    // End column (exclusive) of each cell's content area, from the "| a | b |" separators of a line.
    private static List<(int Start, int End)> Cells(string line)
    {
        var bars = line.Select((ch, i) => (ch, i)).Where(p => p.ch == '|').Select(p => p.i).ToList();
        return bars.Zip(bars.Skip(1), (a, b) => (a + 2, b - 1)).ToList();
    }
}
