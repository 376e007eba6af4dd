using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Companies;

/// <summary>Creates and reads companies (tenants).</summary>
public sealed class CompanyService(IStore store)
{
    public async Task<Company> CreateAsync(string taxCode, string name, bool usesInternalBook, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var errors = new List<ValidationError>();
        if (!TaxCodeRule.IsValid(taxCode))
        {
            errors.Add(ValidationError.Of(nameof(Company.TaxCode),
                "Mã số thuế phải gồm 10 chữ số, 10 chữ số + '-' + 3 chữ số, hoặc 12 chữ số.",
                "The tax code must be 10 digits, 10 digits + '-' + 3 digits, or 12 digits."));
        }
        else if (await db.Companies.AnyAsync(c => c.TaxCode == taxCode, cancellationToken))
        {
            errors.Add(ValidationError.Of(nameof(Company.TaxCode), $"Mã số thuế {taxCode} đã có công ty khác dùng.", $"Tax code {taxCode} is already used by another company."));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(ValidationError.Of(nameof(Company.Name), "Tên công ty là bắt buộc.", "The company name is required."));
        }

        if (errors.Count > 0)
        {
            throw new DocumentValidationException(errors);
        }

        var company = new Company { Id = Guid.CreateVersion7(), TaxCode = taxCode, Name = name.Trim(), UsesInternalBook = usesInternalBook };
        db.Companies.Add(company);
        await unit.CommitAsync(cancellationToken);
        return company;
    }

    public async Task<Company> GetAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await RequireAsync(unit.Context<LedgerDbContext>(), companyId, cancellationToken);
    }

    public static async Task<Company> RequireAsync(LedgerDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Read-only reference data: no change tracking (no caller edits the company through this).
        return await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == companyId, cancellationToken)
            ?? throw new NotFoundException("company", companyId);
    }
}
