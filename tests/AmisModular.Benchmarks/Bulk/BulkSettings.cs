using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Benchmarks.Bulk;

public sealed class BulkSettings : CommandSettings
{
    [CommandOption("--rows <COUNT>")]
    [Description("Journal-line-like rows written by each side (default 100000).")]
    public int Rows { get; init; } = 100_000;

    [CommandOption("--batch <COUNT>")]
    [Description("Rows per BulkInsertAsync call (default 5000: a 500-voucher push of 10 journal lines each).")]
    public int Batch { get; init; } = 5_000;

    [CommandOption("--keep")]
    [Description("Keep the SQLite files instead of removing them.")]
    public bool Keep { get; init; }

    public override ValidationResult Validate() =>
        Rows < 1 ? ValidationResult.Error("--rows must be at least 1.")
        : Batch < 1 ? ValidationResult.Error("--batch must be at least 1.")
        : ValidationResult.Success();
}
