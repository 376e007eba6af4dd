using System.Globalization;

namespace AmisModular.Modularity.Abstractions.Text;

/// <summary>A text shown to users in Vietnamese (the default) and English.</summary>
public sealed record LocalizedText(string Vi, string En)
{
    public string For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? En : Vi;

    public override string ToString() => Vi;
}
