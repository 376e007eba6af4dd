using System.ComponentModel;
using AmisModular.Cli.Accounting;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Doc;

public sealed class ExportDocumentsSettings : LedgerSettings
{
    [CommandOption("--type <DOCUMENTTYPE>")]
    [Description("Chỉ một loại chứng từ, ví dụ core.general-journal / only one document type")]
    public string? Type { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("Ngày hạch toán từ / posting date from (yyyy-MM-dd)")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Ngày hạch toán đến / posting date to (yyyy-MM-dd)")]
    public string? To { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Tệp JSON ghi ra / output JSON file")]
    public string? Out { get; init; }
}
