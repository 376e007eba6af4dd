using System.Globalization;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Shell.Localization;

/// <summary>
/// Vietnamese by default, English switchable. Only the UI language switches: numbers and dates stay in vi-VN
/// formats (1.234.567; 31/12/2025), which is what accountants read on Vietnamese vouchers and reports.
/// </summary>
public static class ShellCultures
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";

    public static CultureInfo Formats { get; } = CultureInfo.GetCultureInfo(Vietnamese);

    public static bool IsSupported(string? uiCulture) => uiCulture is Vietnamese or English;

    /// <summary>The text in the current UI language.</summary>
    public static string L(this LocalizedText text) => text.For(CultureInfo.CurrentUICulture);

    /// <summary>An amount with vi-VN thousands separators and no decimals for VND (1.234.567).</summary>
    public static string Amount(decimal amount, int decimals = 0) =>
        amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Formats);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Formats);

    public static string DateTime(DateTimeOffset moment) => moment.ToLocalTime().ToString("dd/MM/yyyy HH:mm", Formats);
}
