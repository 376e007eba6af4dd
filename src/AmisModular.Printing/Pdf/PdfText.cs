using PdfSharp.Drawing;

namespace AmisModular.Printing.Pdf;

/// <summary>Drawing helpers over XGraphics: aligned single lines and wrapped blocks, returning the next y.</summary>
internal static class PdfText
{
    public static double LineHeight(XFont font) => font.Size * 1.35;

    public static void Line(XGraphics gfx, string text, XFont font, double x, double y, double width, XStringFormat align)
    {
        gfx.DrawString(text, font, XBrushes.Black, new XRect(x, y, width, LineHeight(font)), align);
    }

    /// <summary>Draws wrapped text within [x, x+width] and returns the y below the last line.</summary>
    public static double Block(XGraphics gfx, string text, XFont font, double x, double y, double width, XStringFormat align)
    {
        foreach (var line in TextWrapper.Wrap(gfx, text, font, width))
        {
            Line(gfx, line, font, x, y, width, align);
            y += LineHeight(font);
        }

        return y;
    }

    /// <summary>"Label: value" where the value wraps under itself; returns the y below the field.</summary>
    public static double Field(XGraphics gfx, string label, string value, XFont labelFont, XFont valueFont,
        double x, double y, double width)
    {
        Line(gfx, label, labelFont, x, y, width, XStringFormats.TopLeft);
        var indent = gfx.MeasureString(label + " ", labelFont).Width;
        var bottom = Block(gfx, value, valueFont, x + indent, y, width - indent, XStringFormats.TopLeft);
        return Math.Max(bottom, y + LineHeight(labelFont));
    }
}
