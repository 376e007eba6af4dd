using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Interchange;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Storage.UnitOfWork;
using Spectre.Console;

namespace AmisModular.Cli.Commands.Doc;

/// <summary>
/// `amis doc import &lt;file.json&gt;`: the whole file in ONE store transaction. Each document is validated by its module
/// against the store as the earlier documents of the file leave it, then imported; when any document has a problem,
/// every problem is listed (index, field, rule, message), the transaction rolls back and the exit code is 1.
/// </summary>
public sealed class ImportDocumentsCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<ImportDocumentsSettings>(installations)
{
    protected override async Task<int> ExecuteAsync(LedgerSession session, ImportDocumentsSettings settings, CancellationToken cancellationToken)
    {
        var company = await CompanySelection.ResolveAsync(session, settings.Company, cancellationToken);
        var entries = InterchangeEnvelope.Read(settings.File, company.Id);
        IReadOnlyList<ImportedDocument> imported;
        try
        {
            imported = await StoreScope.RunAsync(session.Store, ct => ImportAllAsync(session, entries, ct), cancellationToken);
        }
        catch (ImportRefusedException refused)
        {
            PrintProblems(refused.Problems, entries.Count);
            return ExitCodes.InvalidInput;
        }

        foreach (var document in imported)
        {
            console.WriteLine($"  {document.DocumentType,-24} {document.Number,-14} {document.DocumentId}");
        }

        console.WriteLine($"Đã nhập / Imported: {imported.Count} chứng từ / documents from {settings.File} (một giao dịch / one transaction)");
        return ExitCodes.Ok;
    }

    private static async Task<IReadOnlyList<ImportedDocument>> ImportAllAsync(LedgerSession session, IReadOnlyList<InterchangeEntry> entries, CancellationToken cancellationToken)
    {
        var problems = new List<ImportProblem>();
        var imported = new List<ImportedDocument>();
        foreach (var entry in entries)
        {
            var found = Problems(session, entry, out var interchange);
            if (found.Count == 0)
            {
                found = [.. (await interchange!.ValidateAsync(entry.DocumentType!, entry.Document!.Value, cancellationToken))
                    .Select(e => new ImportProblem(entry.Index, entry.DocumentType!, e.Field, e.Rule, e.Message))];
            }

            problems.AddRange(found);
            // After the first problem nothing more is written (the scope will roll back), but later documents are
            // still validated so the person sees every problem of the file at once.
            if (found.Count == 0 && problems.Count == 0)
            {
                imported.Add(await ImportOneAsync(interchange!, entry, problems, cancellationToken) ?? new ImportedDocument(Guid.Empty, entry.DocumentType!, null));
            }
        }

        return problems.Count > 0 ? throw new ImportRefusedException(problems) : imported;
    }

    private static async Task<ImportedDocument?> ImportOneAsync(IDocumentInterchange interchange, InterchangeEntry entry, List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        try
        {
            return await interchange.ImportAsync(entry.DocumentType!, entry.Document!.Value, cancellationToken);
        }
        catch (InterchangeValidationException e)
        {
            problems.AddRange(e.Errors.Select(x => new ImportProblem(entry.Index, entry.DocumentType!, x.Field, x.Rule, x.Message)));
        }
        catch (LedgerException e)
        {
            problems.Add(new ImportProblem(entry.Index, entry.DocumentType!, "$", RuleOf(e), $"{e.Text.Vi} / {e.Text.En}"));
        }

        return null;
    }

    private static string RuleOf(Exception e)
    {
        var name = e.GetType().Name.Replace("Exception", "", StringComparison.Ordinal);
        return string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

    private static List<ImportProblem> Problems(LedgerSession session, InterchangeEntry entry, out IDocumentInterchange? interchange)
    {
        interchange = null;
        if (string.IsNullOrWhiteSpace(entry.DocumentType))
        {
            return [new ImportProblem(entry.Index, "?", "documentType", InterchangeRules.Required, "Thiếu 'documentType' / 'documentType' is required")];
        }

        interchange = session.Interchange(entry.DocumentType);
        if (interchange is null)
        {
            var known = string.Join(", ", session.Interchanges.SelectMany(i => i.DocumentTypes).Order(StringComparer.Ordinal));
            return [new ImportProblem(entry.Index, entry.DocumentType, "documentType", InterchangeRules.UnknownDocumentType,
                $"Không mô-đun nào đang chạy nhận '{entry.DocumentType}' (có: {known}) / no active module imports '{entry.DocumentType}' (known: {known})")];
        }

        if (entry.Module is { } module && !string.Equals(module, interchange.ModuleId, StringComparison.Ordinal))
        {
            return [new ImportProblem(entry.Index, entry.DocumentType, "module", InterchangeRules.NotAllowed,
                $"'{entry.DocumentType}' thuộc mô-đun '{interchange.ModuleId}', không phải '{module}' / belongs to module '{interchange.ModuleId}', not '{module}'")];
        }

        return entry.Document is null
            ? [new ImportProblem(entry.Index, entry.DocumentType, "document", InterchangeRules.Required, "Thiếu đối tượng 'document' / the 'document' object is required")]
            : [];
    }

    private void PrintProblems(IReadOnlyList<ImportProblem> problems, int total)
    {
        console.WriteLine($"TỪ CHỐI / REFUSED: {problems.Select(p => p.Index).Distinct().Count()} trong {total} chứng từ có lỗi; không ghi gì / of {total} documents have errors; nothing was written");
        var table = new Table().Border(TableBorder.Ascii);
        table.AddColumns("index", "type", "field", "rule", "message");
        foreach (var p in problems)
        {
            table.AddRow(new Text(p.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(p.DocumentType), new Text(p.Field), new Text(p.Rule), new Text(p.Message));
        }

        console.Write(table);
    }
}
