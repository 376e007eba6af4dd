using AmisModular.Ledger.Journal;
using AmisModular.Ledger.Queries;
using AmisModular.Modules.Reports.Common;
using AmisModular.Modules.Reports.TrialBalance;

namespace AmisModular.Modules.Reports.GeneralLedger;

/// <summary>Builds S03b-DN for one account and its sub-accounts.</summary>
public sealed class GeneralLedgerReport(ReportContextLoader loader, LedgerQueries queries, TrialBalanceReport trialBalance)
{
    /// <exception cref="ReportRequestException">A bad request field (account not in the chart, range, book, company).</exception>
    public async Task<GeneralLedgerResult> BuildAsync(GeneralLedgerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = await loader.LoadAsync(request, cancellationToken);
        var code = request.AccountCode?.Trim() ?? "";
        if (!context.Chart.Exists(code))
        {
            throw ReportRequestException.Of(nameof(request.AccountCode),
                $"Tài khoản '{code}' không có trong hệ thống tài khoản {context.Header.Regime.ToString().ToUpperInvariant()}.",
                $"Account '{code}' is not in the {context.Header.Regime} chart of accounts.");
        }

        // Same figures as the trial balance, so the ledger and S06 always agree (gross by partner where S06 is).
        var balance = await trialBalance.BuildAsync(new TrialBalanceRequest(request.CompanyId, request.Book, request.From, request.To), cancellationToken);
        var row = balance.Find(code);
        var journal = await queries.JournalAsync(request.CompanyId, request.Book, request.From, request.To, null, cancellationToken);
        var entries = Entries(journal, code);
        var period = new AccountBalance(entries.Sum(e => e.Debit), entries.Sum(e => e.Credit));
        var yearToDate = context.FiscalYear.Contains(request.From) && context.FiscalYear.Contains(request.To)
            ? await queries.TurnoverAsync(request.CompanyId, request.Book, code, context.FiscalYear.StartDate, request.To, null, cancellationToken)
            : null;
        return new GeneralLedgerResult(context.Header, code, context.AccountName(code), row?.Opening ?? Amounts.Zero, entries, period,
            row?.Closing ?? Amounts.Zero, yearToDate, new FigureSource(request.CompanyId, request.Book, code, null, request.From, request.To));
    }

    private static List<GeneralLedgerEntry> Entries(IReadOnlyList<JournalLine> journal, string code)
    {
        var byDocument = journal.GroupBy(l => l.DocumentId).ToDictionary(g => g.Key, g => (IReadOnlyList<JournalLine>)[.. g]);
        var entries = new List<GeneralLedgerEntry>();
        for (var i = 0; i < journal.Count; i++)
        {
            var line = journal[i];
            if (!line.AccountCode.StartsWith(code, StringComparison.Ordinal))
            {
                continue;
            }

            var document = new DocumentReference(line.DocumentId, line.ModuleId, line.DocumentType, line.DocumentNumber, line.SourceLineNo);
            entries.AddRange(CounterAccountSplitter.Split(line, byDocument[line.DocumentId]).Select(split => new GeneralLedgerEntry(
                line.PostingDate, line.DocumentNumber, line.DocumentDate, line.Description ?? "", i + 1, line.AccountCode,
                split.Counter, split.Debit, split.Credit, line.PartnerId, document)));
        }

        return entries;
    }
}
