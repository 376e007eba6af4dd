using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Ledger.Interchange;

namespace AmisModular.Cli.Commands.Doc;

/// <summary>Finds one document by number or id across every active module's <see cref="IDocumentDirectory"/>.</summary>
public static class DocumentFinder
{
    public static async Task<(IDocumentDirectory Directory, DocumentReference Document)> FindAsync(
        LedgerSession session, Guid companyId, DocumentSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(settings);
        var book = settings.Book is null ? (AmisModular.Ledger.Companies.Book?)null : CliParse.BookOption(settings.Book);
        var found = new List<(IDocumentDirectory, DocumentReference)>();
        foreach (var directory in session.Directories)
        {
            if (settings.Type is { } type && !directory.DocumentTypes.Contains(type))
            {
                continue;
            }

            // Numbers are per module and type (NVK, PT, PC, configurable prefixes), so two modules may both answer.
            found.AddRange((await directory.FindAsync(companyId, settings.Document, book, cancellationToken))
                .Where(d => settings.Type is null || d.DocumentType == settings.Type)
                .Select(d => (directory, d)));
        }

        return found.Count switch
        {
            1 => found[0],
            0 => throw new CliNotFoundException($"không tìm thấy chứng từ '{settings.Document}'{TypeText(settings)} / no document '{settings.Document}'{TypeText(settings)}"),
            _ => throw new CliInputException($"'{settings.Document}' trùng {found.Count} chứng từ, dùng id, --type hoặc --book / matches {found.Count} documents, use the id, --type or --book: "
                + string.Join(", ", found.Select(f => $"{f.Item2.DocumentType} {Books(f.Item2)} {f.Item2.DocumentId}"))),
        };
    }

    private static string TypeText(DocumentSettings settings) => settings.Type is { } type ? $" ({type})" : "";

    private static string Books(DocumentReference d) =>
        string.Join("/", new[] { d.TaxNumber is { } t ? $"Tax {t}" : null, d.InternalNumber is { } i ? $"Internal {i}" : null }.OfType<string>());
}
