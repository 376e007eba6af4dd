using System.Globalization;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Numbering;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.SyncHost.Enrollment;

/// <summary>What the store holds for the enrolled company after <c>enroll</c>, as lines for the administrator.</summary>
internal static class JoinedCompanySummary
{
    public static async Task<int> CompanyCountAsync(IStore store, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await unit.Context<LedgerDbContext>().Companies.CountAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<string>> LinesAsync(IStore store, Guid companyId, bool created, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var company = await CompanyService.RequireAsync(db, companyId, cancellationToken);
        var years = await db.FiscalYears.AsNoTracking().Where(y => y.CompanyId == companyId).OrderBy(y => y.StartDate).ToListAsync(cancellationToken);
        var series = await NumberingScope.ResolveAsync(db, companyId, "", cancellationToken);
        var lines = new List<string>
        {
            created
                ? $"Đã tạo công ty / Company created: {company.Name} (MST {company.TaxCode}), sổ / books: Tax, Internal"
                : $"Công ty đã có trên máy / Company already in this store: {company.Name} (MST {company.TaxCode})",
            "Năm tài chính / Fiscal years: " + string.Join(", ", years.Select(y =>
                string.Create(CultureInfo.InvariantCulture, $"{y.StartDate:dd/MM/yyyy}–{y.EndDate:dd/MM/yyyy} {y.Regime}"))),
            $"Dãy số của máy / Device series: {series} (PT{series}-00001, PC{series}-00001, NVK{series}-00001 khi chứng từ không có chi nhánh / for vouchers without a branch)",
        };
        if (created)
        {
            lines.Add("Chế độ kế toán theo mặc định của năm (máy chủ không lưu chế độ). / The regime is the default for each year (the cloud keeps none).");
        }

        return lines;
    }
}
