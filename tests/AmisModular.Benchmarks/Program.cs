using AmisModular.Benchmarks.Bulk;
using AmisModular.Benchmarks.Ledger;
using AmisModular.Benchmarks.Sync;
using Spectre.Console.Cli;

namespace AmisModular.Benchmarks;

/// <summary>
/// amis-bench: one subcommand per benchmark (`ledger`, `sync`, `bulk`), run with
/// `dotnet run -c Release --project tests/AmisModular.Benchmarks -- &lt;benchmark&gt; [options]`.
/// </summary>
public static class Program
{
    public static Task<int> Main(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("amis-bench");
            config.AddCommand<LedgerCommand>("ledger")
                .WithDescription("Cash voucher posting and the trial balance, each against a hand-written raw SQL baseline.")
                .WithExample("ledger", "--vouchers", "2000", "--journal-lines", "100000");
            config.AddCommand<SyncCommand>("sync")
                .WithDescription("Sync on loopback: upload, download-and-apply, snapshot bootstrap and peak memory, each against its raw floor.")
                .WithExample("sync", "--vouchers", "2000");
            config.AddCommand<BulkCommand>("bulk")
                .WithDescription("BulkInsert of journal-line-like rows into SQLite against a raw prepared single-row INSERT of the same rows.")
                .WithExample("bulk", "--rows", "100000");
        });
        return app.RunAsync(args);
    }
}
