using System.Globalization;
using System.Text;

namespace AmisModular.Modules.Cash.Ui.Shared;

/// <summary>"Tìm theo một phần mã hoặc tên": case- and diacritics-insensitive, so "nguyen" finds "Nguyễn".</summary>
public static class TextMatch
{
    public static bool Contains(string? haystack, string? needle) =>
        string.IsNullOrWhiteSpace(needle) || Fold(haystack).Contains(Fold(needle), StringComparison.Ordinal);

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
