using System.ComponentModel;
using AmisModular.Cli.Accounting;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Doc;

public sealed class ImportDocumentsSettings : LedgerSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Tệp JSON {\"documents\": [...]} (docs/interchange) / JSON interchange file")]
    public string File { get; init; } = string.Empty;
}
