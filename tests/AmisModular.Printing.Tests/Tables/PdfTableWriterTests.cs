using AmisModular.Printing.Tables;
using AmisModular.Printing.Tests.Support;

namespace AmisModular.Printing.Tests.Tables;

public class PdfTableWriterTests
{
    [Fact]
    public void Write_500Vouchers_PaginatesWithHeaderAndPageNumberOnEveryPage()
    {
        using var dir = new TempDirectory();
        var path = dir.File("nhat-ky-chung.pdf");
        new PdfTableWriter().WriteFile(SampleTables.Journal(250), path); // 500 journal lines + total

        var pages = PdfInspector.PageCount(path);
        Assert.True(pages >= 5, $"expected several pages, got {pages}");
        for (var page = 1; page <= pages; page++)
        {
            var text = PdfInspector.Text(path, page);
            Assert.Contains($"Trang {page}/{pages}", text, StringComparison.Ordinal);
            Assert.Contains("Số phát sinh Nợ", text, StringComparison.Ordinal);
            Assert.Contains("Diễn giải", text, StringComparison.Ordinal);
        }

        Assert.Contains("SỔ NHẬT KÝ CHUNG", PdfInspector.Text(path, 1), StringComparison.Ordinal);
        var all = PdfInspector.Text(path);
        Assert.Contains("PT00001", all, StringComparison.Ordinal);
        Assert.Contains("PT00250", all, StringComparison.Ordinal);
        Assert.Contains("100.000,50", all, StringComparison.Ordinal);
        Assert.Contains("3.137.500.062,50", all, StringComparison.Ordinal); // Σ 100 000·i + 0,5 per odd i, i = 1..250
    }

    [Fact]
    public void Write_ManyColumns_IsLandscape_FewColumns_IsPortrait()
    {
        using var dir = new TempDirectory();
        var wide = dir.File("wide.pdf");
        var narrow = dir.File("narrow.pdf");
        new PdfTableWriter().WriteFile(SampleTables.Journal(2), wide);
        new PdfTableWriter().WriteFile(SampleTables.CashBook(), narrow);

        using var w = PdfSharp.Pdf.IO.PdfReader.Open(wide, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        using var n = PdfSharp.Pdf.IO.PdfReader.Open(narrow, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.True(w.Pages[0].Width.Point > w.Pages[0].Height.Point);
        Assert.True(n.Pages[0].Width.Point < n.Pages[0].Height.Point);
        Assert.Equal(1, n.PageCount);
        var text = PdfInspector.Text(narrow);
        Assert.Contains("SỔ QUỸ TIỀN MẶT", text, StringComparison.Ordinal);
        Assert.Contains("Số tồn cuối kỳ", text, StringComparison.Ordinal);
        Assert.Contains("5.100.000", text, StringComparison.Ordinal);
        Assert.Contains("Trang 1/1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MoneyColumn_IsRightAligned()
    {
        using var dir = new TempDirectory();
        var path = dir.File("align.pdf");
        new PdfTableWriter().WriteFile(SampleTables.CashBook(), path);

        var lines = PdfInspector.LayoutText(path).Split('\n');
        var opening = lines.Single(l => l.Contains("Số tồn đầu kỳ", StringComparison.Ordinal));
        var closing = lines.Single(l => l.Contains("Số tồn cuối kỳ", StringComparison.Ordinal));
        Assert.Equal(opening.IndexOf("5.000.000", StringComparison.Ordinal), closing.IndexOf("5.100.000", StringComparison.Ordinal));
    }
}
