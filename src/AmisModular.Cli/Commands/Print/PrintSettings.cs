using System.ComponentModel;
using AmisModular.Cli.Commands.Doc;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Print;

public sealed class PrintSettings : DocumentSettings
{
    [CommandOption("--out <FILE>")]
    [Description("Tệp PDF ghi ra / output PDF file")]
    public string? Out { get; init; }
}
