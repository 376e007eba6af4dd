using AmisModular.Ledger.Journal;
using AmisModular.Ledger.Queries;
using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.GeneralJournal;

/// <summary>Builds S03a-DN from the posted journal lines of the book, in journal order.</summary>
public sealed class GeneralJournalReport(ReportContextLoader loader, LedgerQueries queries)
{
    /// <exception cref="ReportRequestException">A bad request field (range, book, company).</exception>
    public async Task<GeneralJournalResult> BuildAsync(GeneralJournalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = await loader.LoadAsync(request, cancellationToken);
        var lines = await queries.JournalAsync(request.CompanyId, request.Book, request.From, request.To, null, cancellationToken);
        return new GeneralJournalResult(context.Header, [.. lines.Select((line, index) => Entry(line, index + 1))]);
    }

    internal static GeneralJournalEntry Entry(JournalLine line, int lineNo) => new(
        lineNo, line.PostingDate, line.DocumentNumber, line.DocumentDate, line.Description ?? "",
        PostedToLedger: true, // the journal holds posted documents only; bỏ ghi removes the lines
        line.AccountCode, line.CorrespondingAccountCode, line.Debit, line.Credit, line.PartnerId,
        new DocumentReference(line.DocumentId, line.ModuleId, line.DocumentType, line.DocumentNumber, line.SourceLineNo));
}
