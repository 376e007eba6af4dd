using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Commands.Doc;
using AmisModular.Cli.Composition;
using Spectre.Console;

namespace AmisModular.Cli.Commands.Print;

/// <summary>`amis print &lt;doc&gt; --out file.pdf`: the document's module printer (01-TT, 02-TT, NVK...) writes the PDF.</summary>
public sealed class PrintCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<PrintSettings>(installations)
{
    protected override async Task<int> ExecuteAsync(LedgerSession session, PrintSettings settings, CancellationToken cancellationToken)
    {
        var path = settings.Out ?? throw new CliInputException("thiếu --out <tệp.pdf> / --out <file.pdf> is required");
        var company = await CompanySelection.ResolveAsync(session, settings.Company, cancellationToken);
        var (_, document) = await DocumentFinder.FindAsync(session, company.Id, settings, cancellationToken);
        var printer = session.Printer(document.DocumentType)
            ?? throw new CliNotFoundException($"chưa có mẫu in cho '{document.DocumentType}' / no printer for '{document.DocumentType}'");
        var temp = path + ".tmp";
        await using (var file = File.Create(temp))
        {
            await printer.PrintAsync(document.DocumentId, file, cancellationToken);
        }

        File.Move(temp, path, overwrite: true);
        console.WriteLine($"Đã in / Printed: {document.DisplayNumber} ({document.DocumentType}) → {path}");
        return ExitCodes.Ok;
    }
}
