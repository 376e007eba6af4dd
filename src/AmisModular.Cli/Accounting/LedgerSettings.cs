using System.ComponentModel;
using AmisModular.Cli.Cli;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Accounting;

/// <summary>Options of every ledger command: which company (else the one chosen with <c>amis company use</c>).</summary>
public class LedgerSettings : AmisSettings
{
    [CommandOption("--company <TAXCODE>")]
    [Description("Mã số thuế công ty; mặc định công ty đã chọn bằng 'amis company use' / company tax code; default the one chosen with 'amis company use'")]
    public string? Company { get; init; }
}
