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
        var (opening, closing) = await BalancesAsync(request, code, balance.Find(code), cancellationToken);
        var journal = await queries.JournalAsync(request.CompanyId, request.Book, request.From, request.To, null, cancellationToken);
        var entries = Entries(journal, code, request.PartnerId);
        var period = new AccountBalance(entries.Sum(e => e.Debit), entries.Sum(e => e.Credit));
        var yearToDate = context.FiscalYear.Contains(request.From) && context.FiscalYear.Contains(request.To)
            ? await queries.TurnoverAsync(request.CompanyId, request.Book, code, context.FiscalYear.StartDate, request.To, request.PartnerId, cancellationToken)
            : null;
        return new GeneralLedgerResult(context.Header, code, context.AccountName(code), opening, entries, period, closing, yearToDate,
            new FigureSource(request.CompanyId, request.Book, code, request.PartnerId, request.From, request.To),
            context.PartnerCode(request.PartnerId), context.PartnerName(request.PartnerId));
    }

    /// <summary>The account's row of the trial balance; for one partner, that partner's own balance (on one side).</summary>
    private async Task<(AccountBalance Opening, AccountBalance Closing)> BalancesAsync(
        GeneralLedgerRequest request, string code, TrialBalanceLine? row, CancellationToken cancellationToken)
    {
        if (request.PartnerId is not { } partner)
        {
            return (row?.Opening ?? Amounts.Zero, row?.Closing ?? Amounts.Zero);
        }

        var opening = await queries.BalanceAsync(request.CompanyId, request.Book, code, request.From, partner, cancellationToken);
        var closing = await queries.BalanceAsync(request.CompanyId, request.Book, code, request.To.AddDays(1), partner, cancellationToken);
        return (opening.Netted(), closing.Netted());
    }

    private static List<GeneralLedgerEntry> Entries(IReadOnlyList<JournalLine> journal, string code, Guid? partnerId)
    {
        var byDocument = journal.GroupBy(l => l.DocumentId).ToDictionary(g => g.Key, g => (IReadOnlyList<JournalLine>)[.. g]);
        var entries = new List<GeneralLedgerEntry>();
        for (var i = 0; i < journal.Count; i++)
        {
            var line = journal[i];
            if (!line.AccountCode.StartsWith(code, StringComparison.Ordinal) || (partnerId is { } p && line.PartnerId != p))
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
