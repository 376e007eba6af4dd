using System.Globalization;

namespace AmisModular.Modules.Reports.Ui.Shared;

/// <summary>
/// Reads what the user typed in the account picker: "1111 - Tiền Việt Nam" (a picked option), a code ("131"), the
/// start of a code ("33") or part of a name ("tien gui", accents and case ignored).
/// </summary>
public static class AccountMatcher
{
    private static readonly CompareInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN").CompareInfo;

    public static AccountOption? Match(string? typed, IReadOnlyList<AccountOption> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        var code = text.Split(" - ", 2)[0].Trim();
        return accounts.FirstOrDefault(a => a.Code == code)
            ?? accounts.FirstOrDefault(a => a.Code.StartsWith(code, StringComparison.Ordinal))
            ?? accounts.FirstOrDefault(a => Vietnamese.IndexOf(a.Name, text, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0);
    }
}
