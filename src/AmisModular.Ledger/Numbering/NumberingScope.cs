using AmisModular.Ledger.Storage;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Numbering;

/// <summary>
/// Which series a new voucher numbers in: its branch's code; without a branch, this device's series when the store
/// was enrolled (<see cref="DeviceSeries"/>); otherwise "" (one series for the company, a desktop that never syncs).
/// </summary>
public static class NumberingScope
{
    /// <param name="branchScope">The branch code of the voucher, or "" when it has no branch.</param>
    public static async Task<string> ResolveAsync(LedgerDbContext db, Guid companyId, string branchScope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(branchScope);
        if (branchScope.Length > 0)
        {
            return branchScope;
        }

        return await db.DeviceSeries.AsNoTracking().Where(s => s.CompanyId == companyId).Select(s => s.Series).FirstOrDefaultAsync(cancellationToken) ?? "";
    }
}
