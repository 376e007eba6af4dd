using PdfSharp.Drawing;

namespace AmisModular.Printing.Pdf;

/// <summary>Greedy word wrap by measured width; a word longer than the line is split by characters.</summary>
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            WrapParagraph(gfx, paragraph, font, width, lines);
        }

        return lines;
    }

    private static void WrapParagraph(XGraphics gfx, string paragraph, XFont font, double width, List<string> lines)
    {
        if (gfx.MeasureString(paragraph, font).Width <= width)
        {
            lines.Add(paragraph); // keeps deliberate runs of spaces (signature captions) when no wrap is needed
            return;
        }

        var current = string.Empty;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (gfx.MeasureString(candidate, font).Width <= width)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = BreakLongWord(gfx, word, font, width, lines);
        }

        lines.Add(current);
    }

    private static string BreakLongWord(XGraphics gfx, string word, XFont font, double width, List<string> lines)
    {
        var rest = word;
        while (rest.Length > 1 && gfx.MeasureString(rest, font).Width > width)
        {
            var take = rest.Length - 1;
            while (take > 1 && gfx.MeasureString(rest[..take], font).Width > width)
            {
                take--;
            }

            lines.Add(rest[..take]);
            rest = rest[take..];
        }

        return rest;
    }
}
