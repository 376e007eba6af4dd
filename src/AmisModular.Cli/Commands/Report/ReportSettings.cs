using System.ComponentModel;
using AmisModular.Cli.Accounting;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Report;

public sealed class ReportSettings : LedgerSettings
{
    [CommandOption("--book <BOOK>")]
    [Description("Tax (mặc định / default) hoặc / or Internal")]
    public string? Book { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("Từ ngày / from (yyyy-MM-dd)")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Đến ngày / to (yyyy-MM-dd)")]
    public string? To { get; init; }

    [CommandOption("--account <ACCOUNT>")]
    [Description("Tài khoản (sổ cái, sổ quỹ), ví dụ 1111 / account (ledger, cash book), e.g. 1111")]
    public string? Account { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("table (mặc định / default) | json | xlsx | pdf")]
    public string? Format { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Tệp ghi ra (bắt buộc với xlsx, pdf) / output file (required for xlsx, pdf)")]
    public string? Out { get; init; }
}
