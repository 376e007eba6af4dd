using System.Globalization;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modules.Cash.Ui.Shared;

/// <summary>Reads a text in the shell's current UI language (Vietnamese unless the user switched to English).</summary>
public static class CashUiText
{
    public static string L(this LocalizedText text) => (text ?? throw new ArgumentNullException(nameof(text))).For(CultureInfo.CurrentUICulture);
}
