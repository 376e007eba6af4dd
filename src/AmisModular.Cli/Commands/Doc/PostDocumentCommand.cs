using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Doc;

/// <summary>`amis doc post|unpost &lt;number-or-id&gt; [--book]`: ghi sổ / bỏ ghi through the owning module's service.</summary>
public sealed class PostDocumentCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<DocumentSettings>(installations)
{
    public const string Post = "post";

    private string action = Post;

    public override Task<int> ExecuteAsync(CommandContext context, DocumentSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        action = context.Data as string ?? Post;
        return base.ExecuteAsync(context, settings, cancellationToken);
    }

    protected override async Task<int> ExecuteAsync(LedgerSession session, DocumentSettings settings, CancellationToken cancellationToken)
    {
        var company = await CompanySelection.ResolveAsync(session, settings.Company, cancellationToken);
        var (directory, document) = await DocumentFinder.FindAsync(session, company.Id, settings, cancellationToken);
        if (action == Post)
        {
            await directory.PostAsync(document.DocumentId, cancellationToken);
            console.WriteLine($"Đã ghi sổ / Posted: {document.DisplayNumber} ({document.DocumentType})");
        }
        else
        {
            await directory.UnpostAsync(document.DocumentId, cancellationToken);
            console.WriteLine($"Đã bỏ ghi / Unposted: {document.DisplayNumber} ({document.DocumentType})");
        }

        return ExitCodes.Ok;
    }
}
