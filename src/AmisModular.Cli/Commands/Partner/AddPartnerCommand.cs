using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Ledger.Catalogs;
using Spectre.Console;

namespace AmisModular.Cli.Commands.Partner;

/// <summary>`amis partner add KH001 --name ... --kind customer`: a partner (đối tượng), written with its outbox row.</summary>
public sealed class AddPartnerCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<AddPartnerSettings>(installations)
{
    protected override async Task<int> ExecuteAsync(LedgerSession session, AddPartnerSettings settings, CancellationToken cancellationToken)
    {
        var company = await CompanySelection.ResolveAsync(session, settings.Company, cancellationToken);
        var kinds = PartnerKinds.None;
        foreach (var word in (settings.Kind ?? "customer").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            kinds |= word.ToLowerInvariant() switch
            {
                "customer" => PartnerKinds.Customer,
                "vendor" => PartnerKinds.Vendor,
                "employee" => PartnerKinds.Employee,
                _ => throw new CliInputException($"--kind chỉ gồm customer, vendor, employee / --kind may only hold customer, vendor, employee, not '{word}'"),
            };
        }

        var partner = await session.Get<CatalogService>().AddPartnerAsync(company.Id, settings.Code, settings.Name ?? "", kinds, settings.TaxCode, cancellationToken);
        console.WriteLine($"Đã thêm đối tượng / Partner added: {partner.Code} {partner.Name} ({partner.Kinds}) id {partner.Id}");
        return ExitCodes.Ok;
    }
}
