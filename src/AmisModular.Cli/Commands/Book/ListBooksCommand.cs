using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Ledger.Storage;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace AmisModular.Cli.Commands.Book;

/// <summary>`amis book list`: the company's books (Tax, and Internal when kept) and its fiscal years with their regime.</summary>
public sealed class ListBooksCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<ListBooksSettings>(installations)
{
    protected override async Task<int> ExecuteAsync(LedgerSession session, ListBooksSettings settings, CancellationToken cancellationToken)
    {
        var company = await CompanySelection.ResolveAsync(session, settings.Company, cancellationToken);
        await using var unit = await session.Store.BeginReadAsync(cancellationToken);
        var years = await unit.Context<LedgerDbContext>().FiscalYears.AsNoTracking().Where(y => y.CompanyId == company.Id)
            .OrderBy(y => y.StartDate).ToListAsync(cancellationToken);
        console.WriteLine($"{company.TaxCode} {company.Name}");
        console.WriteLine("  Tax       sổ tài chính / statutory book");
        if (company.UsesInternalBook)
        {
            console.WriteLine("  Internal  sổ quản trị / management book");
        }

        foreach (var year in years)
        {
            console.WriteLine($"  Năm tài chính / fiscal year {year.StartDate:yyyy-MM-dd}..{year.EndDate:yyyy-MM-dd} {year.Regime.ToString().ToUpperInvariant()}");
        }

        return ExitCodes.Ok;
    }
}
