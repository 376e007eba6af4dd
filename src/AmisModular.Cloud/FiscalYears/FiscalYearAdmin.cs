using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Data;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.FiscalYears;

/// <summary>
/// The fiscal years of a tenant's book on the server (admin <c>open-year</c>, <c>list-years</c>). Once a book has one,
/// the server refuses documents dated outside every open year (see <see cref="FiscalYearCheck"/>); a book with none
/// accepts any date, as before fiscal years were kept on the server.
/// </summary>
public sealed class FiscalYearAdmin(CloudDbFactory databases, TimeProvider clock)
{
    /// <summary>Opens <paramref name="year"/>: 12 months from <paramref name="start"/> (default 1 January). Opening it again with the same start changes nothing.</summary>
    public async Task<CloudFiscalYear> OpenAsync(string taxCode, int year, DateOnly? start, CancellationToken cancellationToken)
    {
        if (year is < 2000 or > 2100)
        {
            throw new AdminException($"--year phải từ 2000 đến 2100 (nhận {year}). / --year must be between 2000 and 2100 (got {year}).");
        }

        var first = start ?? new DateOnly(year, 1, 1);
        if (first.Year != year || first.Day != 1)
        {
            throw new AdminException(
                $"--start phải là ngày đầu một tháng của năm {year} (nhận {first:yyyy-MM-dd}). / --start must be the first day of a month in {year} (got {first:yyyy-MM-dd}).");
        }

        await using var db = databases.Create();
        var book = await BookAsync(db, taxCode, cancellationToken);
        var opened = new CloudFiscalYear { BookId = book, Year = year, StartDate = first, EndDate = first.AddYears(1).AddDays(-1), OpenedAt = clock.GetUtcNow() };
        var existing = await db.FiscalYears.Where(y => y.BookId == book).ToListAsync(cancellationToken);
        if (existing.FirstOrDefault(y => y.Year == year) is { } same)
        {
            return same.StartDate == first
                ? same
                : throw new AdminException($"Năm tài chính {year} đã mở từ {same.StartDate:dd/MM/yyyy}. / Fiscal year {year} is already open from {same.StartDate:yyyy-MM-dd}.");
        }

        if (existing.FirstOrDefault(y => y.StartDate <= opened.EndDate && opened.StartDate <= y.EndDate) is { } overlap)
        {
            throw new AdminException(
                $"Năm tài chính {year} ({opened.StartDate:dd/MM/yyyy}–{opened.EndDate:dd/MM/yyyy}) trùng với năm {overlap.Year} ({overlap.StartDate:dd/MM/yyyy}–{overlap.EndDate:dd/MM/yyyy}). / " +
                $"Fiscal year {year} ({opened.StartDate:yyyy-MM-dd}..{opened.EndDate:yyyy-MM-dd}) overlaps year {overlap.Year} ({overlap.StartDate:yyyy-MM-dd}..{overlap.EndDate:yyyy-MM-dd}).");
        }

        db.FiscalYears.Add(opened);
        await db.SaveChangesAsync(cancellationToken);
        return opened;
    }

    public async Task<IReadOnlyList<CloudFiscalYear>> ListAsync(string taxCode, CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        var book = await BookAsync(db, taxCode, cancellationToken);
        return await db.FiscalYears.AsNoTracking().Where(y => y.BookId == book).OrderBy(y => y.Year).ToListAsync(cancellationToken);
    }

    private static async Task<Guid> BookAsync(CloudDbContext db, string taxCode, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.TaxCode == taxCode, cancellationToken) ?? throw AdminException.UnknownTenant(taxCode);
        return await db.Books.AsNoTracking().Where(b => b.TenantId == tenant.Id && b.Code == "main").Select(b => b.Id).FirstAsync(cancellationToken);
    }
}
