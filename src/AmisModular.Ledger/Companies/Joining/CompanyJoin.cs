using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Numbering;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Companies.Joining;

/// <summary>
/// Puts the company a desktop enrolls for into its store, in the caller's unit (the one that saves the credential, so
/// both commit or neither does):
/// <list type="bullet">
/// <item>an empty store gets the company with the cloud's id, tax code and name, both books (the cloud does not say
/// whether the company keeps the Internal book, and documents of either book may arrive from other desktops), the
/// server's fiscal years (or the current calendar year when it keeps none) under the regime the law gives each year;</item>
/// <item>a store that already keeps that company (same id: documents carry the company id, so only an equal id can
/// share documents with the cloud) keeps it and gets the server's years it lacks;</item>
/// <item>a store that keeps any other company, or the same tax code under another id, is refused with
/// <see cref="CompanyMismatchException"/> and nothing changes.</item>
/// </list>
/// Either way the device's series is recorded, so vouchers without a branch number in it. Joining again (a retried
/// or repeated enrollment) adds nothing twice.
/// </summary>
public sealed class CompanyJoin(TimeProvider clock)
{
    public async Task<CompanyJoinResult> JoinAsync(LedgerDbContext db, JoiningCompany joining, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(joining);
        Check(joining);
        var companies = await db.Companies.AsNoTracking().ToListAsync(cancellationToken);
        var company = companies.FirstOrDefault(c => c.Id == joining.Id);
        if ((company is null && companies.Count > 0) || (company is not null && company.TaxCode != joining.TaxCode))
        {
            var here = company ?? companies.FirstOrDefault(c => c.TaxCode == joining.TaxCode) ?? companies.OrderBy(c => c.Name, StringComparer.Ordinal).First();
            throw new CompanyMismatchException(here, joining);
        }

        var created = company is null;
        if (company is null)
        {
            company = new Company { Id = joining.Id, TaxCode = joining.TaxCode, Name = joining.Name.Trim(), UsesInternalBook = true };
            db.Companies.Add(company);
            await db.SaveChangesAsync(cancellationToken);
        }

        var (opened, skipped) = await OpenYearsAsync(db, joining, cancellationToken);
        await RecordSeriesAsync(db, joining, cancellationToken);
        return new CompanyJoinResult(company, created, opened, skipped, joining.DeviceSeries);
    }

    private static void Check(JoiningCompany joining)
    {
        var errors = new List<ValidationError>();
        if (!TaxCodeRule.IsValid(joining.TaxCode))
        {
            errors.Add(ValidationError.Of(nameof(JoiningCompany.TaxCode),
                $"Mã số thuế '{joining.TaxCode}' từ máy chủ không hợp lệ.", $"The tax code '{joining.TaxCode}' from the cloud is not valid."));
        }

        if (joining.Id == Guid.Empty || string.IsNullOrWhiteSpace(joining.Name))
        {
            errors.Add(ValidationError.Of(joining.Id == Guid.Empty ? nameof(JoiningCompany.Id) : nameof(JoiningCompany.Name),
                "Máy chủ không gửi mã hoặc tên công ty.", "The cloud sent no company id or name."));
        }

        if (string.IsNullOrWhiteSpace(joining.DeviceSeries) || joining.DeviceSeries.Length > 32)
        {
            errors.Add(ValidationError.Of(nameof(JoiningCompany.DeviceSeries),
                "Máy chủ không gửi dãy số chứng từ của thiết bị (1–32 ký tự).", "The cloud sent no device series (1 to 32 characters)."));
        }

        if (errors.Count > 0)
        {
            throw new DocumentValidationException(errors);
        }
    }

    private async Task<(List<FiscalYear> Opened, List<DateOnly> Skipped)> OpenYearsAsync(LedgerDbContext db, JoiningCompany joining, CancellationToken cancellationToken)
    {
        var existing = await db.FiscalYears.AsNoTracking().Where(y => y.CompanyId == joining.Id).ToListAsync(cancellationToken);
        IEnumerable<DateOnly> starts = joining.FiscalYearStarts.Count > 0 ? joining.FiscalYearStarts.Order()
            : existing.Count > 0 ? [] : [new DateOnly(clock.GetLocalNow().Year, 1, 1)];
        var (opened, skipped) = (new List<FiscalYear>(), new List<DateOnly>());
        foreach (var start in starts)
        {
            var end = start.AddYears(1).AddDays(-1);
            if (existing.FirstOrDefault(y => y.StartDate <= end && y.EndDate >= start) is { } overlap)
            {
                if (overlap.StartDate != start)
                {
                    skipped.Add(start);
                }

                continue;
            }

            var year = await FiscalCalendar.OpenAsync(db, joining.Id, start, regime: null, cancellationToken);
            opened.Add(year);
            existing.Add(year);
        }

        return (opened, skipped);
    }

    private async Task RecordSeriesAsync(LedgerDbContext db, JoiningCompany joining, CancellationToken cancellationToken)
    {
        var row = await db.DeviceSeries.FirstOrDefaultAsync(s => s.CompanyId == joining.Id, cancellationToken);
        if (row is null)
        {
            db.DeviceSeries.Add(new DeviceSeries { CompanyId = joining.Id, Series = joining.DeviceSeries, RecordedAt = clock.GetUtcNow() });
        }
        else if (row.Series != joining.DeviceSeries)
        {
            // Enrolled again as a new device (e.g. after a server restore): its new series starts its own numbers.
            (row.Series, row.RecordedAt) = (joining.DeviceSeries, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
