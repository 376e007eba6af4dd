using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Numbering;

/// <summary>
/// Takes document numbers. Always inside the caller's save transaction: the number and the document commit
/// together, so a failed save does not burn a number and two saves never get the same one.
/// </summary>
public sealed class NumberSeriesService(IStore store)
{
    /// <summary>The next number of the series, creating it (prefix, 5 digits, from 1) on first use.</summary>
    /// <param name="scope">A branch code or device id with its own series; empty for one series per company.</param>
    public static async Task<string> TakeNextAsync(
        LedgerDbContext db, Guid companyId, Book book, string documentType, string defaultPrefix, string scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var series = await FindAsync(db, companyId, book, documentType, scope, cancellationToken);
        if (series is null)
        {
            series = new NumberSeries { Id = Guid.CreateVersion7(), CompanyId = companyId, Book = book, DocumentType = documentType, Scope = scope, Prefix = DefaultPrefixFor(defaultPrefix, scope) };
            db.NumberSeries.Add(series);
        }

        var number = series.Format(series.NextValue);
        series.NextValue++;
        await db.SaveChangesAsync(cancellationToken);
        return number;
    }

    /// <summary>Sets a series' rule (Tiền tố, số ký tự, Hậu tố, giá trị tiếp theo).</summary>
    public async Task<NumberSeries> ConfigureAsync(
        Guid companyId, Book book, string documentType, string scope, string prefix, int digits, string suffix, long nextValue, CancellationToken cancellationToken)
    {
        if (digits is < 1 or > 12 || nextValue < 1)
        {
            throw new DocumentValidationException([ValidationError.Of(digits is < 1 or > 12 ? "Digits" : "NextValue",
                "Số ký tự phần số phải từ 1 đến 12 và giá trị tiếp theo phải từ 1.",
                "The number part needs 1 to 12 digits and the next value must be at least 1.")]);
        }

        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        await CompanyService.RequireAsync(db, companyId, cancellationToken);
        var series = await FindAsync(db, companyId, book, documentType, scope, cancellationToken);
        if (series is null)
        {
            series = new NumberSeries { Id = Guid.CreateVersion7(), CompanyId = companyId, Book = book, DocumentType = documentType, Scope = scope };
            db.NumberSeries.Add(series);
        }

        (series.Prefix, series.Digits, series.Suffix, series.NextValue) = (prefix, digits, suffix, nextValue);
        await unit.CommitAsync(cancellationToken);
        return series;
    }

    /// <summary>
    /// A branch or device series gets its scope in the prefix (NVKHN-00001) so numbers stay unique per company and
    /// book without a rule being configured; a configured rule replaces it.
    /// </summary>
    public static string DefaultPrefixFor(string defaultPrefix, string scope) =>
        scope.Length == 0 ? defaultPrefix : $"{defaultPrefix}{scope}-";

    private static Task<NumberSeries?> FindAsync(
        LedgerDbContext db, Guid companyId, Book book, string documentType, string scope, CancellationToken cancellationToken) =>
        db.NumberSeries.FirstOrDefaultAsync(
            s => s.CompanyId == companyId && s.Book == book && s.DocumentType == documentType && s.Scope == scope, cancellationToken);
}
