using AmisModular.Shell.Companies;

namespace AmisModular.Shell.Administration;

/// <summary>
/// Port: lock and unlock accounting periods (khóa sổ / bỏ khóa sổ). The ledger core implements it at
/// integration; <see cref="LedgerPeriodLockService"/> on the ledger's fiscal periods.
/// </summary>
public interface IPeriodLockService
{
    Task<PeriodLock> GetAsync(Guid companyId, Book book, CancellationToken cancellationToken = default);

    /// <summary>Sets the lock date; an earlier date than the current one unlocks (bỏ khóa sổ), null unlocks all.</summary>
    /// <exception cref="PeriodLockRefusedException">The ledger refuses (e.g. unposted vouchers in the period).</exception>
    Task<PeriodLock> SetLockDateAsync(Guid companyId, Book book, DateOnly? lockedThrough, string userName, CancellationToken cancellationToken = default);
}
