using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;
using AmisModular.Storage.UnitOfWork;
using Spectre.Console;

namespace AmisModular.Cli.Commands.Company;

/// <summary>`amis company create`: the company and its first fiscal year (12 monthly periods) in one transaction.</summary>
public sealed class CreateCompanyCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<CreateCompanySettings>(installations)
{
    protected override async Task<int> ExecuteAsync(LedgerSession session, CreateCompanySettings settings, CancellationToken cancellationToken)
    {
        var name = settings.Name ?? throw new CliInputException("thiếu --name / --name is required");
        var taxCode = settings.TaxCode ?? throw new CliInputException("thiếu --tax-code / --tax-code is required");
        var year = settings.FiscalYear ?? throw new CliInputException("thiếu --fiscal-year (ví dụ 2026) / --fiscal-year is required (e.g. 2026)");
        if (year is < 2000 or > 2100)
        {
            throw new CliInputException($"--fiscal-year {year} không hợp lệ (2000-2100) / --fiscal-year {year} is out of range (2000-2100)");
        }

        var regime = CliParse.Regime(settings.Regime);
        var (company, fiscalYear) = await StoreScope.RunAsync(session.Store, async ct =>
        {
            var created = await session.Get<CompanyService>().CreateAsync(taxCode, name, settings.InternalBook, ct);
            return (created, await session.Get<FiscalCalendar>().OpenYearAsync(created.Id, year, regime, ct));
        }, cancellationToken);

        var data = session.Installation.Paths.DataDirectory;
        if (CompanySelection.Read(data) is null)
        {
            CompanySelection.Write(data, company.TaxCode);
        }

        console.WriteLine($"Đã tạo công ty / Company created: {company.TaxCode} {company.Name} (id {company.Id})");
        console.WriteLine($"Năm tài chính / Fiscal year: {fiscalYear.StartDate:yyyy-MM-dd}..{fiscalYear.EndDate:yyyy-MM-dd}, {fiscalYear.Regime.ToString().ToUpperInvariant()}, 12 kỳ / periods");
        console.WriteLine($"Sổ / Books: Tax{(company.UsesInternalBook ? ", Internal" : "")}");
        console.WriteLine($"Công ty hiện tại / Current company: {CompanySelection.Read(data)}");
        return ExitCodes.Ok;
    }
}
