using AmisModular.Ledger.Companies.Joining;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Protocol.Enrollment;

namespace AmisModular.SyncHost.Enrollment;

/// <summary>
/// The ledger's side of <c>amis-sync enroll</c>: the company, tax code and device series from the device identity, the
/// name and fiscal years from the answer's company part (<see cref="CompanyJoin"/> does the rest). A cloud that sends
/// no company part (older than it) gives no name: the tax code stands in, and the current year is opened.
/// </summary>
public sealed class LedgerEnrollmentJoin(CompanyJoin companies) : IEnrollmentJoin
{
    public async Task JoinAsync(IUnitOfWork unit, EnrollResponse enrollment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(enrollment);
        var device = enrollment.Device;
        var name = string.IsNullOrWhiteSpace(enrollment.Company?.Name) ? $"Công ty MST {device.TenantTaxCode}" : enrollment.Company.Name;
        var years = enrollment.Company?.FiscalYears.Select(y => y.StartDate).ToList() ?? [];
        await companies.JoinAsync(unit.Context<LedgerDbContext>(), new JoiningCompany(device.CompanyId, device.TenantTaxCode, name, device.Series, years), cancellationToken);
    }
}
