using AmisModular.Printing.Pdf;
using AmisModular.Printing.Tests.Support;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AmisModular.Printing.Tests.Pdf;

/// <summary>
/// Rasterises single letters with poppler and counts ink: a letter with two marks must carry more ink than the same
/// letter with one. Text extraction cannot see this (the ToUnicode map is right even when the glyph is drawn bare), and
/// PDFsharp 6.2.4 drops nested composite glyph parts (empira/PDFsharp#348) — the embedded fonts are flattened for it.
/// </summary>
public class DiacriticsRenderingTests
{
    [Theory]
    [InlineData("ề", "ê", XFontStyleEx.Regular)]
    [InlineData("ễ", "ê", XFontStyleEx.Regular)]
    [InlineData("ố", "ô", XFontStyleEx.Regular)]
    [InlineData("ằ", "ă", XFontStyleEx.Regular)]
    [InlineData("ữ", "ư", XFontStyleEx.Regular)]
    [InlineData("Ế", "Ê", XFontStyleEx.Bold)]
    [InlineData("ễ", "ê", XFontStyleEx.Bold)]
    [InlineData("ồ", "ô", XFontStyleEx.Italic)]
    [InlineData("ẳ", "ă", XFontStyleEx.BoldItalic)]
    [InlineData("ê", "e", XFontStyleEx.Regular)]
    public void EmbeddedFont_LetterWithMoreMarks_DrawsMoreInk(string marked, string plain, XFontStyleEx style)
    {
        using var dir = new TempDirectory();
        var markedInk = Ink(dir, marked, style);
        var plainInk = Ink(dir, plain, style);
        // A grave over a circumflex adds ~180 px at 216 dpi; a base letter drawn bare has less ink than the plain one.
        Assert.True(markedInk > plainInk + 60,
            $"'{marked}' ({markedInk} dark pixels) should draw visibly more ink than '{plain}' ({plainInk}) in {style}");
    }

    private static int Ink(TempDirectory dir, string text, XFontStyleEx style)
    {
        var name = "g" + Guid.NewGuid().ToString("N");
        var pdf = dir.File(name + ".pdf");
        using (var document = new PdfDocument())
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(120);
            page.Height = XUnit.FromPoint(120);
            PdfFonts.EnsureInstalled();
            using (var gfx = XGraphics.FromPdfPage(page))
            {
                gfx.DrawString(text, new XFont(DejaVuFontResolver.FamilyName, 72, style), XBrushes.Black, new XPoint(20, 100));
            }

            document.Save(pdf);
        }

        PdfInspector.Run("pdftoppm", $"-gray -r 216 -singlefile \"{pdf}\" \"{dir.File(name)}\"");
        return DarkPixels(File.ReadAllBytes(dir.File(name + ".pgm")));
    }

    // Binary PGM (P5): three header tokens after the magic, one whitespace byte, then one byte per pixel.
    private static int DarkPixels(byte[] pgm)
    {
        var offset = 2;
        for (var tokens = 0; tokens < 3; tokens++)
        {
            while (char.IsWhiteSpace((char)pgm[offset]))
            {
                offset++;
            }

            while (!char.IsWhiteSpace((char)pgm[offset]))
            {
                offset++;
            }
        }

        return pgm.Skip(offset + 1).Count(b => b < 128);
    }
}
