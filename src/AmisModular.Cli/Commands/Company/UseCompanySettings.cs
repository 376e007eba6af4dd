using System.ComponentModel;
using AmisModular.Cli.Accounting;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Company;

public sealed class UseCompanySettings : LedgerSettings
{
    [CommandArgument(0, "<TAXCODE>")]
    [Description("Mã số thuế của công ty làm việc / tax code of the company to work on")]
    public string TaxCode { get; init; } = string.Empty;
}
