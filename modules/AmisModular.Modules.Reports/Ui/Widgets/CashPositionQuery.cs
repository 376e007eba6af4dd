using System.Globalization;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Journal;
using AmisModular.Ledger.Queries;

namespace AmisModular.Modules.Reports.Ui.Widgets;

/// <summary>
/// Reads <see cref="CashPosition"/> from the ledger: balances of 111 and 112 at the end of today, and per month the
/// debits (receipts) and credits (payments) of 111x/112x. A transfer between two cash/bank accounts (e.g. a cash
/// deposit, Nợ 1121 / Có 1111) moves money without receiving or paying any, so it is left out of the chart.
/// </summary>
public sealed class CashPositionQuery(LedgerQueries queries)
{
    public const int Months = 6;

    private static readonly string[] CashAccounts = ["111", "112"];

    public async Task<CashPosition> ReadAsync(Guid companyId, Book book, DateOnly today, CancellationToken cancellationToken)
    {
        var tomorrow = today.AddDays(1);
        var cash = await queries.BalanceAsync(companyId, book, "111", tomorrow, null, cancellationToken);
        var bank = await queries.BalanceAsync(companyId, book, "112", tomorrow, null, cancellationToken);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);
        var lines = new List<JournalLine>();
        foreach (var prefix in CashAccounts)
        {
            lines.AddRange(await queries.JournalAsync(companyId, book, first, today, prefix, cancellationToken));
        }

        var flows = Enumerable.Range(0, Months).Select(i => first.AddMonths(i)).Select(month =>
        {
            var inMonth = lines.Where(l => l.PostingDate.Year == month.Year && l.PostingDate.Month == month.Month && !IsTransfer(l)).ToList();
            return new MonthFlow(month.ToString("MM/yyyy", CultureInfo.InvariantCulture), inMonth.Sum(l => l.Debit), inMonth.Sum(l => l.Credit));
        }).ToList();
        return new CashPosition(cash.Net, bank.Net, flows);
    }

    private static bool IsTransfer(JournalLine line) =>
        line.CorrespondingAccountCode is { } counter && CashAccounts.Any(p => counter.StartsWith(p, StringComparison.Ordinal));
}
