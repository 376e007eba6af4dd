using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Ledger.Storage;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace AmisModular.Cli.Commands.Company;

/// <summary>`amis company list`: tax code, name, books; * marks the current company.</summary>
public sealed class ListCompaniesCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<ListCompaniesSettings>(installations)
{
    protected override async Task<int> ExecuteAsync(LedgerSession session, ListCompaniesSettings settings, CancellationToken cancellationToken)
    {
        await using var unit = await session.Store.BeginReadAsync(cancellationToken);
        var companies = await unit.Context<LedgerDbContext>().Companies.AsNoTracking().OrderBy(c => c.TaxCode).ToListAsync(cancellationToken);
        var current = CompanySelection.Read(session.Installation.Paths.DataDirectory);
        console.WriteLine($"Kho dữ liệu / Store: {session.StoreFile}");
        if (companies.Count == 0)
        {
            console.WriteLine("(chưa có công ty / no companies)");
        }

        foreach (var company in companies)
        {
            console.WriteLine($"{(company.TaxCode == current ? "*" : " ")} {company.TaxCode,-14} {company.Name}  [Tax{(company.UsesInternalBook ? ", Internal" : "")}]  {company.Id}");
        }

        return ExitCodes.Ok;
    }
}
