using System.ComponentModel;
using AmisModular.Cli.Accounting;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Partner;

public sealed class AddPartnerSettings : LedgerSettings
{
    [CommandArgument(0, "<CODE>")]
    [Description("Mã đối tượng, ví dụ KH001 / partner code, e.g. KH001")]
    public string Code { get; init; } = string.Empty;

    [CommandOption("--name <NAME>")]
    [Description("Tên đối tượng / partner name")]
    public string? Name { get; init; }

    [CommandOption("--kind <KINDS>")]
    [Description("customer, vendor, employee (nhiều loại cách nhau bởi dấu phẩy) / comma-separated; default customer")]
    public string? Kind { get; init; }

    [CommandOption("--tax-code <TAXCODE>")]
    [Description("Mã số thuế của đối tượng / the partner's tax code")]
    public string? TaxCode { get; init; }
}
