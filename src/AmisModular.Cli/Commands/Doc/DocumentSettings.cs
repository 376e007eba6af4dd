using System.ComponentModel;
using AmisModular.Cli.Accounting;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Doc;

public class DocumentSettings : LedgerSettings
{
    [CommandArgument(0, "<NUMBER-OR-ID>")]
    [Description("Số chứng từ (NVK00001) hoặc id / document number or id")]
    public string Document { get; init; } = string.Empty;

    [CommandOption("--book <BOOK>")]
    [Description("Sổ của số chứng từ: Tax hoặc Internal; mặc định tìm ở cả hai / the book the number belongs to; default both")]
    public string? Book { get; init; }
}
