using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Storage;

namespace AmisModular.Ledger.Numbering;

/// <summary>
/// The next number of a series that is not already used: for renumbering a draft whose number the server refused.
/// A reused counter may sit behind numbers this store already holds, so taken numbers are skipped (and burned: a
/// draft has no legal number yet, and a gap is better than another collision).
/// </summary>
public static class FreeNumber
{
    private const int MaxAttempts = 10_000;

    public static async Task<string> TakeAsync(
        LedgerDbContext db, Guid companyId, Book book, string documentType, string defaultPrefix, string scope,
        string? refused, Func<string, Task<bool>> isTaken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var number = await NumberSeriesService.TakeNextAsync(db, companyId, book, documentType, defaultPrefix, scope, cancellationToken);
            if (number != refused && !await isTaken(number))
            {
                return number;
            }
        }

        throw new InvalidOperationException($"No free number in series {documentType}/{scope} after {MaxAttempts} attempts.");
    }
}
