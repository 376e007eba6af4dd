using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using AmisModular.Shell.Hosting;

namespace AmisModular.Shell.Companies;

/// <summary>In-shell <see cref="ICompanyContext"/>: companies and the last selection in <c>companies.json</c>.</summary>
public sealed partial class FileCompanyContext : ICompanyContext, IDisposable
{
    private const string FileName = "companies.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly ShellDataFolder folder;
    private readonly SemaphoreSlim gate = new(1, 1);
    private State state;

    public FileCompanyContext(ShellDataFolder folder)
    {
        this.folder = folder;
        var path = folder.File(FileName);
        state = File.Exists(path)
            ? JsonSerializer.Deserialize<State>(File.ReadAllBytes(path), Json) ?? new State([], null)
            : new State([], null);
    }

    public event EventHandler? Changed;

    public IReadOnlyList<CompanyProfile> Companies => state.Companies;

    public CompanySelection? Current => state.Current;

    public async Task SwitchAsync(Guid companyId, Book book, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var company = state.Companies.FirstOrDefault(c => c.Id == companyId)
            ?? throw new CompanyNotFoundException($"Không có công ty {companyId} / no company {companyId}.");
        if (!company.Books.Contains(book))
        {
            throw new CompanyNotFoundException($"Công ty {company.Name} không dùng sổ {book} / the company has no {book} book.");
        }

        if (!company.FiscalYears.Contains(fiscalYear))
        {
            throw new CompanyNotFoundException($"Công ty {company.Name} không có năm tài chính {fiscalYear} / no fiscal year {fiscalYear}.");
        }

        await SaveAsync(state with { Current = new CompanySelection(company.Id, company.Name, book, fiscalYear) }, cancellationToken);
    }

    public async Task<CompanyProfile> CreateAsync(NewCompany company, CancellationToken cancellationToken = default)
    {
        Validate(company);
        var books = company.UseInternalBook ? new[] { Book.Tax, Book.Internal } : new[] { Book.Tax };
        var profile = new CompanyProfile(Guid.NewGuid(), company.Name.Trim(), company.TaxCode.Trim(), company.Regime, [company.FiscalYear], books);
        var current = state.Current ?? new CompanySelection(profile.Id, profile.Name, Book.Tax, company.FiscalYear);
        await SaveAsync(new State([.. state.Companies, profile], current), cancellationToken);
        return profile;
    }

    public async Task<CompanyProfile> CreateDemoAsync(CancellationToken cancellationToken = default)
    {
        const string DemoTaxCode = "0100000000";
        var existing = state.Companies.FirstOrDefault(c => c.TaxCode == DemoTaxCode);
        if (existing is not null)
        {
            return existing;
        }

        var year = DateTime.Today.Year;
        return await CreateAsync(new NewCompany("Công ty TNHH Demo AMIS", DemoTaxCode, AccountingRegime.TT99, year, UseInternalBook: true), cancellationToken);
    }

    internal static void Validate(NewCompany company)
    {
        if (string.IsNullOrWhiteSpace(company.Name))
        {
            throw new CompanyValidationException(nameof(NewCompany.Name), "Tên công ty không được để trống / Company name is required.");
        }

        if (!TaxCodePattern().IsMatch(company.TaxCode?.Trim() ?? string.Empty))
        {
            throw new CompanyValidationException(nameof(NewCompany.TaxCode), "Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số-3 chữ số cho chi nhánh / Tax code must be 10 digits, or 10 digits-3 digits for a branch.");
        }

        if (company.FiscalYear is < 2000 or > 2100)
        {
            throw new CompanyValidationException(nameof(NewCompany.FiscalYear), "Năm tài chính phải từ 2000 đến 2100 / Fiscal year must be between 2000 and 2100.");
        }
    }

    [GeneratedRegex(@"^\d{10}(-\d{3})?$")]
    private static partial Regex TaxCodePattern();

    private async Task SaveAsync(State next, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await folder.WriteAtomicallyAsync(FileName, JsonSerializer.SerializeToUtf8Bytes(next, Json), cancellationToken);
            state = next;
        }
        finally
        {
            gate.Release();
        }

        Changed?.Invoke(this, EventArgs.Empty);
    }

    private sealed record State(IReadOnlyList<CompanyProfile> Companies, CompanySelection? Current);

    public void Dispose() => gate.Dispose();
}
