using AmisModular.Cloud.Data;
using AmisModular.Sync.Protocol.Push;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.FiscalYears;

/// <summary>
/// The book's open fiscal years, read once per push request: a document dated outside all of them is refused
/// <c>period-not-open</c>. A book without any fiscal year on the server accepts every date.
/// </summary>
public sealed class FiscalYearCheck
{
    private readonly IReadOnlyList<CloudFiscalYear> years;

    private FiscalYearCheck(IReadOnlyList<CloudFiscalYear> years) => this.years = years;

    public static async Task<FiscalYearCheck> LoadAsync(CloudDbContext db, Guid bookId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new FiscalYearCheck(await db.FiscalYears.AsNoTracking().Where(y => y.BookId == bookId).OrderBy(y => y.StartDate).ToListAsync(cancellationToken));
    }

    /// <returns>The refusal, or null when the date is in an open year (or the book keeps no fiscal years).</returns>
    public AckError? Refusal(DateOnly? postingDate)
    {
        if (years.Count == 0 || postingDate is not { } date || years.Any(y => y.Contains(date)))
        {
            return null;
        }

        var open = string.Join(", ", years.Select(y => y.Year));
        return new AckError(RejectionCodes.PeriodNotOpen,
            $"Ngày hạch toán {date:dd/MM/yyyy} không thuộc năm tài chính nào đang mở trên máy chủ ({open}). / " +
            $"Posting date {date:yyyy-MM-dd} is outside every fiscal year open on the server ({open}).", Retryable: false);
    }
}
