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

    [CommandOption("--type <TYPE>")]
    [Description("Loại chứng từ (cash.receipt, core.general-journal...) khi một số trùng ở nhiều loại / the document type, when a number matches several")]
    public string? Type { get; init; }
}
