using System.Globalization;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Numbering;
using AmisModular.Ledger.Storage;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Documents;

/// <summary>
/// PT00001 / PC00001 per company, book, document type and scope (the branch code, so a branch gets PTHN-00001; without a
/// branch, an enrolled desktop's own series, so desktop D2 gets PTD2-00001).
/// Tax and Internal books number independently, as MISA keeps RefNoFinance and RefNoManagement.
/// </summary>
internal static class CashNumbering
{
    public static async Task AssignAsync(LedgerDbContext ledger, CashVoucher voucher, string? taxNumber, string? internalNumber, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(ledger, voucher, cancellationToken);
        foreach (var book in voucher.Books.Books())
        {
            var given = book == Book.Tax ? taxNumber : internalNumber;
            var number = string.IsNullOrWhiteSpace(given)
                ? await NumberSeriesService.TakeNextAsync(ledger, voucher.CompanyId, book, voucher.DocumentType, CashDocumentTypes.PrefixFor(voucher.Kind), scope, cancellationToken)
                : await ReserveAsync(ledger, voucher, book, scope, given.Trim(), cancellationToken);
            if (book == Book.Tax)
            {
                voucher.TaxNumber = number;
            }
            else
            {
                voucher.InternalNumber = number;
            }
        }
    }

    /// <summary>The branch code of the voucher's branch; without one, this device's series; else "" for the company-wide series.</summary>
    public static async Task<string> ScopeAsync(LedgerDbContext ledger, CashVoucher voucher, CancellationToken cancellationToken) =>
        await NumberingScope.ResolveAsync(ledger, voucher.CompanyId, voucher.BranchId is { } branchId
            ? (await ledger.Branches.FirstOrDefaultAsync(b => b.Id == branchId && b.CompanyId == voucher.CompanyId, cancellationToken))?.Code
              ?? throw new DocumentValidationException([ValidationError.Of("BranchId", "Chi nhánh không thuộc công ty.", "The branch does not belong to the company.")])
            : "", cancellationToken);

    /// <summary>Keeps an imported number and moves the series past it, so the next voucher typed in does not take it again.</summary>
    private static async Task<string> ReserveAsync(LedgerDbContext ledger, CashVoucher voucher, Book book, string scope, string number, CancellationToken cancellationToken)
    {
        var series = await ledger.NumberSeries.FirstOrDefaultAsync(
            s => s.CompanyId == voucher.CompanyId && s.Book == book && s.DocumentType == voucher.DocumentType && s.Scope == scope, cancellationToken);
        if (series is null)
        {
            series = new NumberSeries
            {
                Id = Guid.CreateVersion7(), CompanyId = voucher.CompanyId, Book = book, DocumentType = voucher.DocumentType, Scope = scope,
                Prefix = NumberSeriesService.DefaultPrefixFor(CashDocumentTypes.PrefixFor(voucher.Kind), scope),
            };
            ledger.NumberSeries.Add(series);
        }

        if (CounterOf(series, number) is { } value && value >= series.NextValue)
        {
            series.NextValue = value + 1;
        }

        await ledger.SaveChangesAsync(cancellationToken);
        return number;
    }

    private static long? CounterOf(NumberSeries series, string number)
    {
        if (!number.StartsWith(series.Prefix, StringComparison.Ordinal) || !number.EndsWith(series.Suffix, StringComparison.Ordinal)
            || number.Length <= series.Prefix.Length + series.Suffix.Length)
        {
            return null;
        }

        var digits = number[series.Prefix.Length..^series.Suffix.Length];
        return digits.All(char.IsAsciiDigit) && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
