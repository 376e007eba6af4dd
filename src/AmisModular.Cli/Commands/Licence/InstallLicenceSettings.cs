using System.ComponentModel;
using AmisModular.Cli.Cli;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Licence;

public sealed class InstallLicenceSettings : AmisSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Tệp giấy phép nhận từ nhà cung cấp (amis-licence/1) / the licence file from the vendor (amis-licence/1)")]
    public string File { get; init; } = string.Empty;
}
