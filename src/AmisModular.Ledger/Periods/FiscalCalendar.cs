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
        var start = new DateOnly(year, 1, 1);
        var chosen = regime ?? RegimeRules.DefaultFor(start);
        if (!RegimeRules.IsAllowed(chosen, start))
        {
            throw new DocumentValidationException([ValidationError.Of(nameof(FiscalYear.Regime),
                $"Chế độ kế toán {chosen} không áp dụng cho năm tài chính bắt đầu {start:dd/MM/yyyy} (TT99 từ 01/01/2026 thay thế TT200).",
                $"Regime {chosen} does not apply to a fiscal year starting {start:yyyy-MM-dd} (TT99 replaces TT200 from 2026-01-01).")]);
        }

        if (await db.FiscalYears.AnyAsync(y => y.CompanyId == companyId && y.StartDate == start, cancellationToken))
        {
            throw new DocumentValidationException([ValidationError.Of("Year", $"Năm tài chính {year} đã mở.", $"Fiscal year {year} is already open.")]);
        }

        var fiscalYear = new FiscalYear { Id = Guid.CreateVersion7(), CompanyId = companyId, StartDate = start, EndDate = new DateOnly(year, 12, 31), Regime = chosen };
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year, month, 1);
            fiscalYear.Periods.Add(new FiscalPeriod
            {
                Id = Guid.CreateVersion7(), CompanyId = companyId, FiscalYearId = fiscalYear.Id,
                StartDate = first, EndDate = first.AddMonths(1).AddDays(-1),
            });
        }

        db.FiscalYears.Add(fiscalYear);
        await unit.CommitAsync(cancellationToken);
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
