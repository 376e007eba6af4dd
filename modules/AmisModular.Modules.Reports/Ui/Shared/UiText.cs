using System.Globalization;
using AmisModular.Ledger.Companies;
using AmisModular.Modularity.Abstractions.Text;
using AmisModular.Printing.Formatting;

namespace AmisModular.Modules.Reports.Ui.Shared;

/// <summary>
/// Text helpers of the report pages: the UI language follows the shell's culture (vi by default, en switchable);
/// numbers and dates stay in vi-VN formats whatever the language, as accountants read them.
/// </summary>
public static class UiText
{
    /// <summary>The text in the current UI language.</summary>
    public static string L(this LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.For(CultureInfo.CurrentUICulture);
    }

    /// <summary>"1.234.567"; a zero amount is blank, as on MISA's reports.</summary>
    public static string Money(decimal amount) => amount == 0m ? "" : VietnameseFormat.Money(amount);

    /// <summary>"1.234.567" with zero shown as "0", for a figure that must always show a value.</summary>
    public static string MoneyOrZero(decimal amount) => VietnameseFormat.Money(amount);

    public static string Date(DateOnly date) => VietnameseFormat.Date(date);

    /// <summary>Sổ tài chính / Sổ quản trị, as MISA names the books.</summary>
    public static LocalizedText BookName(Book book) => book == Book.Internal ? Texts.InternalBook : Texts.TaxBook;

    /// <summary>An ISO date for URLs ("2026-11-01"), read back with <see cref="ParseIsoDate"/>.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseIsoDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
