using System.Text.Json;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Shell.Hosting;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;
using LedgerBook = AmisModular.Ledger.Companies.Book;
using LedgerRegime = AmisModular.Ledger.Periods.AccountingRegime;

namespace AmisModular.Shell.Companies;

/// <summary>
/// <see cref="ICompanyContext"/> on the ledger: companies, books and fiscal years come from the ledger store
/// (<see cref="CompanyService"/>, <see cref="FiscalCalendar"/>); only the last selection, a preference of this
/// installation, is kept in <c>selection.json</c> of the data folder.
/// </summary>
public sealed class LedgerCompanyContext(
    IStore store, CompanyService companies, FiscalCalendar calendar, ShellDataFolder folder) : ICompanyContext, IDisposable
{
    public const string SelectionFile = "selection.json";

    /// <summary>The demo company's tax code: the one of the development licence's demo tenant.</summary>
    public const string DemoTaxCode = "0101234567";

    public const string DemoName = "Công ty TNHH Demo AmisModular";

    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyList<CompanyProfile> profiles = [];

    public event EventHandler? Changed;

    public IReadOnlyList<CompanyProfile> Companies => profiles;

    public CompanySelection? Current { get; private set; }

    /// <summary>Reads the companies from the store and the last selection; call after the store is migrated.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        profiles = await ReadProfilesAsync(cancellationToken);
        Current = await ReadSelectionAsync(cancellationToken);
        if (Current is null && profiles.Count > 0 && profiles[0].FiscalYears.Count > 0)
        {
            var first = profiles[0];
            Current = new CompanySelection(first.Id, first.Name, Book.Tax, first.FiscalYears[^1]);
        }
    }

    public async Task SwitchAsync(Guid companyId, Book book, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var company = profiles.FirstOrDefault(c => c.Id == companyId)
            ?? throw new CompanyNotFoundException($"Không có công ty {companyId} / no company {companyId}.");
        if (!company.Books.Contains(book))
        {
            throw new CompanyNotFoundException($"Công ty {company.Name} không dùng sổ {book} / the company has no {book} book.");
        }

        if (!company.FiscalYears.Contains(fiscalYear))
        {
            throw new CompanyNotFoundException($"Công ty {company.Name} không có năm tài chính {fiscalYear} / no fiscal year {fiscalYear}.");
        }

        await SelectAsync(new CompanySelection(company.Id, company.Name, book, fiscalYear), cancellationToken);
    }

    public async Task ValidateAsync(NewCompany company, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);
        CheckFields(company);
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var taxCode = company.TaxCode.Trim();
        if (await unit.Context<LedgerDbContext>().Companies.AnyAsync(c => c.TaxCode == taxCode, cancellationToken))
        {
            throw new CompanyValidationException(nameof(NewCompany.TaxCode), $"Mã số thuế {taxCode} đã có công ty khác dùng / Tax code {taxCode} is already used by another company.");
        }
    }

    public async Task<CompanyProfile> CreateAsync(NewCompany company, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);

        // Everything the ledger would refuse is checked first: the company and its year are written by two units,
        // and a refused year must not leave a company without one.
        CheckFields(company);
        Company created;
        try
        {
            created = await companies.CreateAsync(company.TaxCode.Trim(), company.Name.Trim(), company.UseInternalBook, cancellationToken);
            await calendar.OpenYearAsync(created.Id, company.FiscalYear, ToLedger(company.Regime), cancellationToken);
        }
        catch (DocumentValidationException e)
        {
            var first = e.Errors.Count > 0 ? e.Errors[0] : null;
            throw new CompanyValidationException(first?.Field ?? string.Empty, first is null ? e.Message : $"{first.Text.Vi} / {first.Text.En}");
        }

        profiles = await ReadProfilesAsync(cancellationToken);
        var profile = profiles.First(p => p.Id == created.Id);
        if (Current is null)
        {
            await SelectAsync(new CompanySelection(profile.Id, profile.Name, Book.Tax, company.FiscalYear), cancellationToken);
        }
        else
        {
            Changed?.Invoke(this, EventArgs.Empty);
        }

        return profile;
    }

    public async Task<CompanyProfile> CreateDemoAsync(CancellationToken cancellationToken = default)
    {
        var existing = profiles.FirstOrDefault(c => c.TaxCode == DemoTaxCode);
        if (existing is not null)
        {
            return existing;
        }

        var year = DateTime.Today.Year;
        var regime = FromLedger(RegimeRules.DefaultFor(new DateOnly(year, 1, 1)));
        return await CreateAsync(new NewCompany(DemoName, DemoTaxCode, regime, year, UseInternalBook: true), cancellationToken);
    }

    /// <summary>The rules of the ledger (tax code, regime per year), checked without writing.</summary>
    internal static void CheckFields(NewCompany company)
    {
        if (string.IsNullOrWhiteSpace(company.Name))
        {
            throw new CompanyValidationException(nameof(NewCompany.Name), "Tên công ty là bắt buộc / The company name is required.");
        }

        if (!TaxCodeRule.IsValid(company.TaxCode?.Trim()))
        {
            throw new CompanyValidationException(nameof(NewCompany.TaxCode), "Mã số thuế phải gồm 10 chữ số, 10 chữ số + '-' + 3 chữ số, hoặc 12 chữ số / The tax code must be 10 digits, 10 digits + '-' + 3 digits, or 12 digits.");
        }

        if (company.FiscalYear is < 2000 or > 2100)
        {
            throw new CompanyValidationException(nameof(NewCompany.FiscalYear), "Năm tài chính phải từ 2000 đến 2100 / Fiscal year must be between 2000 and 2100.");
        }

        var start = new DateOnly(company.FiscalYear, 1, 1);
        if (!RegimeRules.IsAllowed(ToLedger(company.Regime), start))
        {
            throw new CompanyValidationException(nameof(NewCompany.Regime), $"Chế độ kế toán {company.Regime} không áp dụng cho năm tài chính {company.FiscalYear} (TT99 từ 01/01/2026 thay thế TT200) / Regime {company.Regime} does not apply to fiscal year {company.FiscalYear} (TT99 replaces TT200 from 2026-01-01).");
        }
    }

    internal static LedgerRegime ToLedger(AccountingRegime regime) => regime switch
    {
        AccountingRegime.TT99 => LedgerRegime.Tt99,
        AccountingRegime.TT200 => LedgerRegime.Tt200,
        _ => LedgerRegime.Tt133,
    };

    internal static AccountingRegime FromLedger(LedgerRegime regime) => regime switch
    {
        LedgerRegime.Tt99 => AccountingRegime.TT99,
        LedgerRegime.Tt200 => AccountingRegime.TT200,
        _ => AccountingRegime.TT133,
    };

    internal static LedgerBook ToLedger(Book book) => book == Book.Internal ? LedgerBook.Internal : LedgerBook.Tax;

    private async Task<IReadOnlyList<CompanyProfile>> ReadProfilesAsync(CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var rows = await db.Companies.AsNoTracking().ToListAsync(cancellationToken);
        var years = await db.FiscalYears.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .Select(c =>
            {
                var own = years.Where(y => y.CompanyId == c.Id).OrderBy(y => y.StartDate).ToList();
                var regime = own.Count > 0 ? FromLedger(own[^1].Regime) : AccountingRegime.TT99;
                Book[] books = c.UsesInternalBook ? [Book.Tax, Book.Internal] : [Book.Tax];
                return new CompanyProfile(c.Id, c.Name, c.TaxCode, regime, [.. own.Select(y => y.StartDate.Year)], books);
            })];
    }

    private async Task<CompanySelection?> ReadSelectionAsync(CancellationToken cancellationToken)
    {
        var path = folder.File(SelectionFile);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var saved = await JsonSerializer.DeserializeAsync<CompanySelection>(stream, JsonSerializerOptions.Web, cancellationToken);
            var company = saved is null ? null : profiles.FirstOrDefault(p => p.Id == saved.CompanyId);

            // A selection of a company, book or year that is gone is forgotten rather than trusted.
            return company is not null && company.Books.Contains(saved!.Book) && company.FiscalYears.Contains(saved.FiscalYear)
                ? saved with { CompanyName = company.Name }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task SelectAsync(CompanySelection selection, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await folder.WriteAtomicallyAsync(SelectionFile, JsonSerializer.SerializeToUtf8Bytes(selection, JsonSerializerOptions.Web), cancellationToken);
            Current = selection;
        }
        finally
        {
            gate.Release();
        }

        Changed?.Invoke(this, EventArgs.Empty);
    }

    public void Dispose() => gate.Dispose();
}
