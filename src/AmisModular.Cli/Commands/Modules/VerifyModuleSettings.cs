using System.ComponentModel;
using AmisModular.Cli.Cli;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Modules;

public sealed class VerifyModuleSettings : AmisSettings
{
    [CommandArgument(0, "<FOLDER>")]
    [Description("Thư mục gói: module.json, module.sig và các assembly / package folder: module.json, module.sig and the assemblies")]
    public string Folder { get; init; } = string.Empty;
}
