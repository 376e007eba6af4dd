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

    [CommandOption("--push-batch <COUNT>")]
    [Description("Outbox rows per push request (default: the engine's default, 500).")]
    public int? PushBatch { get; init; }

    [CommandOption("--pull-page <COUNT>")]
    [Description("Changes per pulled page (default: the engine's default, 500; the cloud caps it at 1000).")]
    public int? PullPage { get; init; }

    [CommandOption("--sql-profile")]
    [Description("Also print, per phase, the SQL commands EF Core ran (clients and cloud) with counts and time per voucher.")]
    public bool SqlProfile { get; init; }

    public override ValidationResult Validate() =>
        Vouchers < 40 ? ValidationResult.Error("--vouchers must be at least 40.")
        : PushBatch is < 1 or > 1000 ? ValidationResult.Error("--push-batch must be 1..1000 (the cloud's maxBatch).")
        : PullPage is < 1 or > 1000 ? ValidationResult.Error("--pull-page must be 1..1000 (the cloud's page limit).")
        : ValidationResult.Success();
}
