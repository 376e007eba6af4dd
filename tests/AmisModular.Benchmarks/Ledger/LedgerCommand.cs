using System.Globalization;
using System.Runtime.InteropServices;
using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Reporting;
using Spectre.Console.Cli;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// `ledger`: posting throughput of cash vouchers and the trial balance over a large journal, each next to a
/// hand-written raw SQL baseline measured in the same run, with the ratio. Exit code 2 when product and baseline
/// disagree on the data (the figures would then compare unlike work).
/// </summary>
public sealed class LedgerCommand : AsyncCommand<LedgerSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, LedgerSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Console.WriteLine($"amis-bench ledger --vouchers {settings.Vouchers} --journal-lines {settings.JournalLines} --runs {settings.Runs} --seed {settings.Seed}");
        Console.WriteLine($"{DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {(IsRelease() ? "Release" : "DEBUG build: figures are not representative")}");
        using var workspace = new Workspace(settings.Keep);
        try
        {
            var seedFile = workspace.File("seed.db");
            Console.Error.WriteLine("Seeding a store through the product (company, fiscal year 2026, partners, opening balances)...");
            var company = await LedgerSeed.CreateAsync(seedFile, cancellationToken);
            var table = new ResultTable();
            Console.Error.WriteLine($"Figure 1: posting {settings.Vouchers:N0} cash vouchers...");
            await new VoucherPostingBenchmark(workspace, seedFile, company).RunAsync(settings.Vouchers, settings.Seed, table, cancellationToken);
            Console.Error.WriteLine($"Figure 2: trial balance over {settings.JournalLines:N0} journal lines...");
            await new TrialBalanceBenchmark(workspace, seedFile, company).RunAsync(settings.JournalLines, settings.Runs, settings.Seed, table, cancellationToken);
            table.Note("peak working set", MemoryReading.Megabytes(MemoryReading.PeakWorkingSetBytes()));
            Console.WriteLine();
            table.WriteTo(Console.Out);
            return 0;
        }
        catch (BenchmarkMismatchException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static bool IsRelease() =>
#if DEBUG
        false;
#else
        true;
#endif
}
