using AmisModular.Cloud.Data;
using AmisModular.Sync.Protocol.Enrollment;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Enrollment;

/// <summary>The company part of an enrollment answer: the tenant's name and the fiscal years of the device's book.</summary>
internal static class EnrolledCompanies
{
    public static async Task<EnrolledCompany> ReadAsync(CloudDbContext db, Tenant tenant, Guid bookId, CancellationToken cancellationToken)
    {
        var years = await db.FiscalYears.AsNoTracking().Where(y => y.BookId == bookId).OrderBy(y => y.Year).ToListAsync(cancellationToken);
        return new EnrolledCompany(tenant.Name, [.. years.Select(y => new EnrolledFiscalYear(y.Year, y.StartDate, y.EndDate))]);
    }
}
