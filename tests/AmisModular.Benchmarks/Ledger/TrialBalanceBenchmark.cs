using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Reporting;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Queries;
using AmisModular.Modules.Reports.TrialBalance;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// Figure 2: the trial balance for one month (June 2026) over a store holding M journal lines, through the ledger
/// core (LedgerQueries.TrialBalanceAsync) and through the reports module (TrialBalanceReport, S06-DN), each against
/// the hand-written GROUP BY on the same file. Warm-up plus the median of a few runs; the totals must agree.
/// </summary>
public sealed class TrialBalanceBenchmark(Workspace workspace, string seedFile, BenchCompany company)
{
    public static readonly DateOnly From = new(2026, 6, 1);

    public static readonly DateOnly To = new(2026, 6, 30);

    public async Task RunAsync(int lineCount, int runs, int seed, ResultTable table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var file = workspace.CopyStore(seedFile, "trial-balance.db");
        long written = 0;
        var fill = await Timing.TimeAsync(async () => written = await JournalFiller.FillAsync(file, company, lineCount, seed, cancellationToken));
        Console.Error.WriteLine($"  filled {written:N0} journal lines in {fill.TotalSeconds:N1} s");

        await using var host = ProductHost.Open(file, company.DeviceId, pooling: true);
        var queries = host.Get<LedgerQueries>();
        var report = host.Get<TrialBalanceReport>();
        IReadOnlyList<TrialBalanceRow> productRows = [];
        TrialBalanceResult? reportResult = null;
        IReadOnlyList<TrialBalanceRow> baselineRows = [];

        var baselineTime = await Timing.MedianAsync(runs, async () => baselineRows = await RawTrialBalance.QueryAsync(file, company.CompanyId, From, To, cancellationToken));
        var productTime = await Timing.MedianAsync(runs, async () => productRows = await queries.TrialBalanceAsync(company.CompanyId, Book.Tax, From, To, cancellationToken));
        var reportTime = await Timing.MedianAsync(runs, async () => reportResult = await report.BuildAsync(new TrialBalanceRequest(company.CompanyId, Book.Tax, From, To), cancellationToken));

        Verify(productRows, reportResult!, baselineRows);
        table.Add(new ResultRow($"trial balance, 1 month, {written:N0} journal lines (LedgerQueries)", "ms", productTime.TotalMilliseconds, baselineTime.TotalMilliseconds, HigherIsBetter: false));
        table.Add(new ResultRow($"trial balance report S06-DN, same store (Reports module)", "ms", reportTime.TotalMilliseconds, baselineTime.TotalMilliseconds, HigherIsBetter: false));
        table.Note("trial balance", $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}, {productRows.Count} accounts, warm-up + median of {runs}; fill of {written:N0} lines (raw SQL, not measured) took {fill.TotalSeconds:N1} s; totals of product, report and baseline agree");
    }

    private static void Verify(IReadOnlyList<TrialBalanceRow> product, TrialBalanceResult report, IReadOnlyList<TrialBalanceRow> baseline)
    {
        if (baseline.Count == 0 || baseline.All(r => r.Period.Debit == 0))
        {
            throw new BenchmarkMismatchException("The baseline trial balance has no movement in the month: the fill or the filter is wrong.");
        }

        BenchmarkMismatchException.ThrowIfDifferent("trial balance rows", VoucherPostingCheck.Describe(product), VoucherPostingCheck.Describe(baseline));
        var expected = new TrialBalanceTotals(
            new AccountBalance(baseline.Sum(r => r.Opening.Debit), baseline.Sum(r => r.Opening.Credit)),
            new AccountBalance(baseline.Sum(r => r.Period.Debit), baseline.Sum(r => r.Period.Credit)),
            new AccountBalance(baseline.Sum(r => r.Closing.Debit), baseline.Sum(r => r.Closing.Credit)));
        BenchmarkMismatchException.ThrowIfDifferent("trial balance report totals", report.Totals, expected);
        if (!report.IsBalanced)
        {
            throw new BenchmarkMismatchException("The trial balance report does not balance: " + string.Join("; ", report.Imbalances));
        }
    }
}
