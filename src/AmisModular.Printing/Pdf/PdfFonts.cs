using PdfSharp.Fonts;
using PdfSharp.Drawing;

namespace AmisModular.Printing.Pdf;

/// <summary>
/// Installs <see cref="DejaVuFontResolver"/> once per process. PDFsharp allows one global resolver that cannot change
/// after first use: if the host already installed its own, that one is kept and must resolve "DejaVu Sans"
/// (delegate to <see cref="DejaVuFontResolver"/> for it).
/// </summary>
public static class PdfFonts
{
    private static readonly Lock Gate = new();

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new DejaVuFontResolver();
            }
        }
    }

    public static XFont Regular(double size) => Create(size, XFontStyleEx.Regular);

    public static XFont Bold(double size) => Create(size, XFontStyleEx.Bold);

    public static XFont Italic(double size) => Create(size, XFontStyleEx.Italic);

    public static XFont BoldItalic(double size) => Create(size, XFontStyleEx.BoldItalic);

    private static XFont Create(double size, XFontStyleEx style)
    {
        EnsureInstalled();
        return new XFont(DejaVuFontResolver.FamilyName, size, style);
    }
}
