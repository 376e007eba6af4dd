using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace AmisModular.Printing.Pdf;

/// <summary>
/// Serves the embedded DejaVu Sans faces (regular, bold, italic, bold italic) for every family name, so PDFs render
/// the same on Windows, Linux and macOS, offline, with full Vietnamese diacritics. PDFsharp 6 on Linux has no
/// system-font lookup, hence the resolver.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    /// <summary>The family name the printing code asks for.</summary>
    public const string FamilyName = "DejaVu Sans";

    private const string ResourcePrefix = "AmisModular.Printing.Fonts.";
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        (bold, italic) switch
        {
            (true, true) => new FontResolverInfo("DejaVuSans-BoldOblique"),
            (true, false) => new FontResolverInfo("DejaVuSans-Bold"),
            (false, true) => new FontResolverInfo("DejaVuSans-Oblique"),
            _ => new FontResolverInfo("DejaVuSans"),
        };

    public byte[] GetFont(string faceName) => Cache.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var name = ResourcePrefix + faceName + ".ttf";
        using var stream = typeof(DejaVuFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font '{name}' is missing from AmisModular.Printing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
