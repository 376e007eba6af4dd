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
            found.AddRange((await directory.FindAsync(companyId, settings.Document, book, cancellationToken)).Select(d => (directory, d)));
        }

        return found.Count switch
        {
            1 => found[0],
            0 => throw new CliNotFoundException($"không tìm thấy chứng từ '{settings.Document}' / no document '{settings.Document}'"),
            _ => throw new CliInputException($"'{settings.Document}' trùng nhiều chứng từ, dùng id hoặc --book / matches several documents, use the id or --book: "
                + string.Join(", ", found.Select(f => $"{f.Item2.DocumentType} {f.Item2.DocumentId}"))),
        };
    }
}
