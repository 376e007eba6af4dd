using System.ComponentModel;
using AmisModular.Cli.Accounting;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Period;

public sealed class PeriodSettings : LedgerSettings
{
    [CommandOption("--book <BOOK>")]
    [Description("Tax hoặc Internal; kỳ khóa chung cho mọi sổ của công ty / Tax or Internal; periods lock for every book of the company")]
    public string? Book { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Ngày khóa sổ (ngày cuối kỳ, ví dụ 2026-01-31) / lock date (a period's last day, e.g. 2026-01-31)")]
    public string? To { get; init; }

    [CommandOption("--user <NAME>")]
    [Description("Người khóa / bỏ khóa; mặc định người dùng hệ điều hành / who locks or unlocks; default the OS user")]
    public string? User { get; init; }
}
