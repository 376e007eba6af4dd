using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using Spectre.Console;

namespace AmisModular.Cli.Commands.Company;

/// <summary>`amis company use &lt;taxcode&gt;`: remembers the current company in the data folder (current-company.json).</summary>
public sealed class UseCompanyCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<UseCompanySettings>(installations)
{
    protected override async Task<int> ExecuteAsync(LedgerSession session, UseCompanySettings settings, CancellationToken cancellationToken)
    {
        var company = await CompanySelection.ResolveAsync(session, settings.TaxCode, cancellationToken);
        CompanySelection.Write(session.Installation.Paths.DataDirectory, company.TaxCode);
        console.WriteLine($"Công ty hiện tại / Current company: {company.TaxCode} {company.Name}");
        return ExitCodes.Ok;
    }
}
