using System.ComponentModel;
using AmisModular.Cli.Cli;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Profile;

public sealed class AssignProfileSettings : AmisSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("Tên hồ sơ phòng ban (tệp <tên>.json trong thư mục profiles) / department profile name (<name>.json in the profiles folder)")]
    public string Name { get; init; } = string.Empty;
}
