using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Shell.Companies;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Shell.Administration;

/// <summary>
/// <see cref="IPeriodLockService"/> on the ledger's monthly periods (<see cref="FiscalCalendar"/> records who and
/// when). MISA's lock date maps onto them: every period ending on or before the date is locked, every later one
/// unlocked. The ledger locks a company's periods for both books at once, so <see cref="Book"/> does not narrow it.
/// </summary>
public sealed class LedgerPeriodLockService(IStore store, FiscalCalendar calendar) : IPeriodLockService
{
    public async Task<PeriodLock> GetAsync(Guid companyId, Book book, CancellationToken cancellationToken = default)
    {
        var periods = await PeriodsAsync(companyId, cancellationToken);
        return Describe(companyId, book, periods);
    }

    public async Task<PeriodLock> SetLockDateAsync(Guid companyId, Book book, DateOnly? lockedThrough, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var periods = await PeriodsAsync(companyId, cancellationToken);
        if (periods.Count == 0)
        {
            throw new PeriodLockRefusedException("Công ty chưa mở năm tài chính nào / The company has no open fiscal year.");
        }

        if (lockedThrough is { } date && date > periods[^1].EndDate)
        {
            throw new PeriodLockRefusedException(
                $"Ngày khóa sổ {date:dd/MM/yyyy} sau kỳ cuối cùng đã mở ({periods[^1].EndDate:dd/MM/yyyy}) / Lock date {date:yyyy-MM-dd} is after the last open period ({periods[^1].EndDate:yyyy-MM-dd}).");
        }

        try
        {
            foreach (var period in periods)
            {
                var shouldLock = lockedThrough is { } through && period.EndDate <= through;
                if (shouldLock && !period.IsLocked)
                {
                    await calendar.LockAsync(companyId, period.StartDate.Year, period.StartDate.Month, userName, cancellationToken);
                }
                else if (!shouldLock && period.IsLocked)
                {
                    await calendar.UnlockAsync(companyId, period.StartDate.Year, period.StartDate.Month, userName, cancellationToken);
                }
            }
        }
        catch (LedgerException e)
        {
            throw new PeriodLockRefusedException($"{e.Text.Vi} / {e.Text.En}", e);
        }

        return Describe(companyId, book, await PeriodsAsync(companyId, cancellationToken));
    }

    /// <summary>The lock date is the end of the last period of the unbroken locked run from the first period.</summary>
    private static PeriodLock Describe(Guid companyId, Book book, IReadOnlyList<FiscalPeriod> periods)
    {
        var locked = periods.TakeWhile(p => p.IsLocked).LastOrDefault();
        var changes = periods
            .SelectMany(p => new[] { (By: p.LockedBy, At: p.LockedAt), (By: p.UnlockedBy, At: p.UnlockedAt) })
            .Where(c => c.At is not null)
            .OrderByDescending(c => c.At)
            .FirstOrDefault();
        return new PeriodLock(companyId, book, locked?.EndDate, changes.By, changes.At);
    }

    private async Task<IReadOnlyList<FiscalPeriod>> PeriodsAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var periods = await unit.Context<LedgerDbContext>().FiscalPeriods.AsNoTracking()
            .Where(p => p.CompanyId == companyId)
            .ToListAsync(cancellationToken);
        return [.. periods.OrderBy(p => p.StartDate)];
    }
}
