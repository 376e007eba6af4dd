using System.Text.Json.Nodes;
using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using Spectre.Console;

namespace AmisModular.Cli.Commands.Doc;

/// <summary>
/// `amis doc export [--type] [--from --to] --out file.json`: every document of the company that an active module can
/// export, catalogs first, in the import envelope, without "companyId" so the file re-imports into any company.
/// </summary>
public sealed class ExportDocumentsCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<ExportDocumentsSettings>(installations)
{
    protected override async Task<int> ExecuteAsync(LedgerSession session, ExportDocumentsSettings settings, CancellationToken cancellationToken)
    {
        var company = await CompanySelection.ResolveAsync(session, settings.Company, cancellationToken);
        var path = settings.Out ?? throw new CliInputException("thiếu --out <tệp.json> / --out <file.json> is required");
        var from = CliParse.OptionalDate(settings.From, "--from");
        var to = CliParse.OptionalDate(settings.To, "--to");
        var entries = new List<JsonObject>();
        foreach (var directory in session.Directories)
        {
            if (settings.Type is { } type && !directory.DocumentTypes.Contains(type))
            {
                continue;
            }

            foreach (var reference in await directory.ListAsync(company.Id, settings.Type, from, to, cancellationToken))
            {
                if (session.Interchange(reference.DocumentType) is not { } interchange
                    || await interchange.ExportAsync(reference.DocumentId, cancellationToken) is not { } document)
                {
                    continue;
                }

                var node = JsonNode.Parse(document.GetRawText())!.AsObject();
                node.Remove("companyId");
                entries.Add(new JsonObject { ["module"] = interchange.ModuleId, ["documentType"] = reference.DocumentType, ["document"] = node });
            }
        }

        // Catalog entries (no posting date) first, so the vouchers that name them import after them.
        var ordered = entries.OrderBy(e => e["document"]!["postingDate"] is null ? 0 : 1).ToList();
        InterchangeEnvelope.Write(path, ordered);
        console.WriteLine($"Đã xuất / Exported: {ordered.Count} chứng từ / documents → {path}");
        return ExitCodes.Ok;
    }
}
