using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Periods;

/// <summary>Fiscal years, their monthly periods, and locking (khóa sổ) / unlocking (bỏ khóa sổ) with who and when.</summary>
public sealed class FiscalCalendar(IStore store, TimeProvider clock)
{
    /// <summary>Opens calendar year <paramref name="year"/>; the regime defaults to TT99 from 2026, TT200 before.</summary>
    public async Task<FiscalYear> OpenYearAsync(Guid companyId, int year, AccountingRegime? regime, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        await CompanyService.RequireAsync(db, companyId, cancellationToken);
        var fiscalYear = await OpenAsync(db, companyId, new DateOnly(year, 1, 1), regime, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return fiscalYear;
    }

    /// <summary>
    /// Opens the 12 months from <paramref name="start"/> (the first day of a month; a company may start its year in
    /// April) in the caller's unit, with its monthly periods. The regime defaults to the one the law gives that start.
    /// Refused when a year already starts there or the new year overlaps one.
    /// </summary>
    public static async Task<FiscalYear> OpenAsync(LedgerDbContext db, Guid companyId, DateOnly start, AccountingRegime? regime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (start.Day != 1)
        {
            throw new DocumentValidationException([ValidationError.Of("StartDate",
                $"Năm tài chính phải bắt đầu vào ngày đầu tháng (nhận {start:dd/MM/yyyy}).", $"A fiscal year must start on the first day of a month (got {start:yyyy-MM-dd}).")]);
        }

        var chosen = regime ?? RegimeRules.DefaultFor(start);
        if (!RegimeRules.IsAllowed(chosen, start))
        {
            throw new DocumentValidationException([ValidationError.Of(nameof(FiscalYear.Regime),
                $"Chế độ kế toán {chosen} không áp dụng cho năm tài chính bắt đầu {start:dd/MM/yyyy} (TT99 từ 01/01/2026 thay thế TT200).",
                $"Regime {chosen} does not apply to a fiscal year starting {start:yyyy-MM-dd} (TT99 replaces TT200 from 2026-01-01).")]);
        }

        var end = start.AddYears(1).AddDays(-1);
        var existing = await db.FiscalYears.AsNoTracking().Where(y => y.CompanyId == companyId && y.StartDate <= end && y.EndDate >= start)
            .Select(y => y.StartDate).ToListAsync(cancellationToken);
        if (existing.Count > 0)
        {
            throw new DocumentValidationException([ValidationError.Of("Year",
                existing[0] == start ? $"Năm tài chính {start.Year} đã mở." : $"Năm tài chính từ {start:dd/MM/yyyy} trùng với năm đã mở từ {existing[0]:dd/MM/yyyy}.",
                existing[0] == start ? $"Fiscal year {start.Year} is already open." : $"The fiscal year from {start:yyyy-MM-dd} overlaps the one open from {existing[0]:yyyy-MM-dd}.")]);
        }

        var fiscalYear = new FiscalYear { Id = Guid.CreateVersion7(), CompanyId = companyId, StartDate = start, EndDate = end, Regime = chosen };
        for (var month = 0; month < 12; month++)
        {
            var first = start.AddMonths(month);
            fiscalYear.Periods.Add(new FiscalPeriod
            {
                Id = Guid.CreateVersion7(), CompanyId = companyId, FiscalYearId = fiscalYear.Id,
                StartDate = first, EndDate = first.AddMonths(1).AddDays(-1),
            });
        }

        db.FiscalYears.Add(fiscalYear);

        // Saved in the caller's transaction, so the overlap check of the next year opened in the same unit sees it.
        await db.SaveChangesAsync(cancellationToken);
        return fiscalYear;
    }

    public Task<FiscalPeriod> LockAsync(Guid companyId, int year, int month, string user, CancellationToken cancellationToken) =>
        SetLockAsync(companyId, year, month, user, locked: true, cancellationToken);

    public Task<FiscalPeriod> UnlockAsync(Guid companyId, int year, int month, string user, CancellationToken cancellationToken) =>
        SetLockAsync(companyId, year, month, user, locked: false, cancellationToken);

    /// <summary>The fiscal year and period containing <paramref name="date"/>, or null when none is open.</summary>
    public static async Task<(FiscalYear Year, FiscalPeriod Period)?> FindAsync(
        LedgerDbContext db, Guid companyId, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // One round trip: every save and post asks this, often twice.
        var found = await (
            from period in db.FiscalPeriods.AsNoTracking()
            where period.CompanyId == companyId && period.StartDate <= date && period.EndDate >= date
            join year in db.FiscalYears.AsNoTracking() on period.FiscalYearId equals year.Id
            select new { Year = year, Period = period }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Year, found.Period);
    }

    private async Task<FiscalPeriod> SetLockAsync(Guid companyId, int year, int month, string user, bool locked, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var start = new DateOnly(year, month, 1);
        var period = await db.FiscalPeriods.FirstOrDefaultAsync(p => p.CompanyId == companyId && p.StartDate == start, cancellationToken)
            ?? throw new NotFoundException("fiscal period", $"{month:00}/{year}");
        period.IsLocked = locked;
        if (locked)
        {
            (period.LockedBy, period.LockedAt) = (user, clock.GetUtcNow());
        }
        else
        {
            (period.UnlockedBy, period.UnlockedAt) = (user, clock.GetUtcNow());
        }

        await unit.CommitAsync(cancellationToken);
        return period;
    }
}
