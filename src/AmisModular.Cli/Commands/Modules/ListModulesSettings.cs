using System.ComponentModel;
using AmisModular.Cli.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Modules;

public sealed class ListModulesSettings : AmisSettings
{
    public const string Table = "table";
    public const string Json = "json";

    [CommandOption("--format <FORMAT>")]
    [Description("Định dạng: table (mặc định) hoặc json / output format: table (default) or json")]
    [DefaultValue(Table)]
    public string Format { get; init; } = Table;

    public override ValidationResult Validate() =>
        Format is Table or Json
            ? ValidationResult.Success()
            : ValidationResult.Error($"--format: '{Format}' không hợp lệ, dùng table hoặc json / invalid, use table or json");
}
