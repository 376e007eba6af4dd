using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Reporting;
using AmisModular.Ledger.Companies;
using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// Figure 1: N cash vouchers saved and posted through the product (CashVoucherService.CreateAsync with post:
/// validation, period check, number series, posting rule and journal lines, till check, outbox row, one
/// transaction per voucher) against the hand-written baseline writing the same rows with prepared commands, one
/// transaction per voucher (same durability), and the same baseline in one big transaction (the floor).
/// Each run writes into its own fresh copy of the seeded store.
/// </summary>
public sealed class VoucherPostingBenchmark(Workspace workspace, string seedFile, BenchCompany company)
{
    private const int WarmUpVouchers = 200;

    public async Task RunAsync(int count, int seed, ResultTable table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var plan = VoucherPlan.Generate(count, seed, company).ToList();
        await WarmUpAsync(VoucherPlan.Generate(WarmUpVouchers, seed + 1, company).ToList(), cancellationToken);

        var productFile = workspace.CopyStore(seedFile, "post-product.db");
        var product = await PostThroughProductAsync(productFile, plan, cancellationToken);
        var baselineFile = workspace.CopyStore(seedFile, "post-baseline.db");
        var baseline = await WriteRawAsync(baselineFile, plan, oneTransaction: false, "baseline, 1 tx per voucher", cancellationToken);
        var floorFile = workspace.CopyStore(seedFile, "post-floor.db");
        var floor = await WriteRawAsync(floorFile, plan, oneTransaction: true, "baseline, 1 tx for all", cancellationToken);

        await new VoucherPostingCheck(company).VerifyAsync(productFile, baselineFile, floorFile, cancellationToken);

        table.Add(new ResultRow($"post {count:N0} cash vouchers, 1 tx each", "vouchers/s", product.Rate, baseline.Rate, HigherIsBetter: true));
        table.Add(new ResultRow($"post {count:N0} cash vouchers vs floor (baseline in 1 tx)", "vouchers/s", product.Rate, floor.Rate, HigherIsBetter: true));
        table.Note("posting time", $"product {product.Elapsed.TotalSeconds:N1} s, baseline {baseline.Elapsed.TotalSeconds:N1} s, floor {floor.Elapsed.TotalSeconds:N1} s");
        table.Note("posting rate, first 10% → last 10% of vouchers",
            $"product {product.Marks.FirstTenthRate:N0} → {product.Marks.LastTenthRate:N0} /s; baseline {baseline.Marks.FirstTenthRate:N0} → {baseline.Marks.LastTenthRate:N0} /s");
        table.Note("allocated per voucher", $"product {MemoryReading.Kilobytes(product.AllocatedBytes / (double)count)}, baseline {MemoryReading.Kilobytes(baseline.AllocatedBytes / (double)count)}");
        var summary = await StoreSummary.ReadAsync(productFile, cancellationToken);
        table.Note("rows per store after posting", $"{summary.Vouchers:N0} vouchers, {summary.VoucherLines:N0} voucher lines, {summary.JournalLines:N0} journal lines, {summary.CashOutboxRows:N0} outbox rows (same in all three stores)");
    }

    private async Task WarmUpAsync(List<PlannedVoucher> plan, CancellationToken cancellationToken)
    {
        // JIT, EF model building and query compilation happen once per process: pay them on a scratch store.
        await PostThroughProductAsync(workspace.CopyStore(seedFile, "warm-up-product.db"), plan, cancellationToken, quiet: true);
        await WriteRawAsync(workspace.CopyStore(seedFile, "warm-up-baseline.db"), plan, oneTransaction: false, "warm-up", cancellationToken, quiet: true);
    }

    private async Task<Run> PostThroughProductAsync(string file, List<PlannedVoucher> plan, CancellationToken cancellationToken, bool quiet = false)
    {
        await using var host = ProductHost.Open(file, company.DeviceId, pooling: true);
        var cash = host.Get<CashVoucherService>();
        var marks = new ProgressMarks("product", plan.Count);
        var allocated = MemoryReading.AllocatedBytes();
        var elapsed = await Timing.TimeAsync(async () =>
        {
            for (var i = 0; i < plan.Count; i++)
            {
                await cash.CreateAsync(Draft(plan[i]), post: true, cancellationToken);
                if (!quiet)
                {
                    marks.Done(i + 1);
                }
            }
        });
        return new Run(elapsed, plan.Count, MemoryReading.AllocatedBytes() - allocated, marks);
    }

    private async Task<Run> WriteRawAsync(string file, List<PlannedVoucher> plan, bool oneTransaction, string label, CancellationToken cancellationToken, bool quiet = false)
    {
        await using var writer = await RawVoucherWriter.OpenAsync(file, company, cancellationToken);
        var marks = new ProgressMarks(label, plan.Count);
        var allocated = MemoryReading.AllocatedBytes();
        var elapsed = await Timing.TimeAsync(() =>
        {
            var all = oneTransaction ? writer.Begin() : null;
            for (var i = 0; i < plan.Count; i++)
            {
                using var each = oneTransaction ? null : writer.Begin();
                writer.Write(plan[i], all ?? each!);
                each?.Commit();
                if (!quiet)
                {
                    marks.Done(i + 1);
                }
            }

            all?.Commit();
            all?.Dispose();
            return Task.CompletedTask;
        });
        return new Run(elapsed, plan.Count, MemoryReading.AllocatedBytes() - allocated, marks);
    }

    private CashVoucherDraft Draft(PlannedVoucher v) => new(
        v.Kind, company.CompanyId, BookSet.Tax, v.Date, v.Date, v.PersonName, v.Description,
        [.. v.Lines.Select(l => new CashVoucherDraftLine(l.CounterAccount, l.Amount, l.Description))], PartnerId: v.PartnerId);

    private sealed record Run(TimeSpan Elapsed, int Count, long AllocatedBytes, ProgressMarks Marks)
    {
        public double Rate => Count / Elapsed.TotalSeconds;
    }
}
