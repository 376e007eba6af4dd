using System.ComponentModel;
using Spectre.Console.Cli;

namespace AmisModular.Vendor.Modules;

public sealed class PackModuleSettings : CommandSettings
{
    [CommandOption("--input <BUILD_OUTPUT_DIR>")]
    public string? Input { get; init; }

    [CommandOption("--manifest <TEMPLATE>")]
    [Description("module.manifest.json: module.json không có \"assemblies\" / module.json without \"assemblies\"")]
    public string? Manifest { get; init; }

    [CommandOption("--key <PRIVATE_PEM>")]
    public string? Key { get; init; }

    [CommandOption("--out <MODULES_ROOT>")]
    public string? Out { get; init; }

    [CommandOption("--version <SEMVER>")]
    [Description("Ghi đè \"version\" của mẫu / overrides the template's \"version\"")]
    public string? Version { get; init; }

    [CommandOption("--entry <DLL>")]
    [Description("Ghi đè \"entryAssembly\" của mẫu / overrides the template's \"entryAssembly\"")]
    public string? Entry { get; init; }
}
