using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Benchmarks.Sync;

public sealed class SyncSettings : CommandSettings
{
    [CommandOption("--vouchers <COUNT>")]
    [Description("Posted 5-line cash vouchers client A uploads and client B downloads and applies (default 100000); the run repeats everything at a quarter of it for the memory comparison.")]
    public int Vouchers { get; init; } = 100_000;

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the generated amounts (default 2026).")]
    public int Seed { get; init; } = 2026;

    [CommandOption("--keep")]
    [Description("Keep the SQLite files (their folder is printed) instead of removing them.")]
    public bool Keep { get; init; }

    public override ValidationResult Validate() =>
        Vouchers < 40 ? ValidationResult.Error("--vouchers must be at least 40.") : ValidationResult.Success();
}
