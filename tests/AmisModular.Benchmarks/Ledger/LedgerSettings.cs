using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Benchmarks.Ledger;

public sealed class LedgerSettings : CommandSettings
{
    [CommandOption("--vouchers <COUNT>")]
    [Description("Cash vouchers to post through the product and the baselines (default 100000).")]
    public int Vouchers { get; init; } = 100_000;

    [CommandOption("--journal-lines <COUNT>")]
    [Description("Journal lines in the store the trial balance runs over (default 1000000).")]
    public int JournalLines { get; init; } = 1_000_000;

    [CommandOption("--runs <COUNT>")]
    [Description("Timed runs of each query after one warm-up; the median is reported (default 5).")]
    public int Runs { get; init; } = 5;

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the generated voucher mix (default 2026).")]
    public int Seed { get; init; } = 2026;

    [CommandOption("--keep")]
    [Description("Keep the SQLite files (their folder is printed) instead of removing them.")]
    public bool Keep { get; init; }

    public override ValidationResult Validate() =>
        Vouchers < 10 ? ValidationResult.Error("--vouchers must be at least 10.")
        : JournalLines < 1_000 ? ValidationResult.Error("--journal-lines must be at least 1000.")
        : Runs < 1 ? ValidationResult.Error("--runs must be at least 1.")
        : ValidationResult.Success();
}
