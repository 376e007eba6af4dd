using AmisModular.Vendor.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Vendor.Modules;

/// <summary>`module pack`: see <see cref="ModulePackager"/>.</summary>
public sealed class PackModuleCommand(IAnsiConsole console) : Command<PackModuleSettings>
{
    public override int Execute(CommandContext context, PackModuleSettings settings, CancellationToken cancellationToken)
    {
        var input = Inputs.Required(settings.Input, "--input");
        var template = Inputs.ReadFile(settings.Manifest, "--manifest");
        var key = Inputs.ReadKey(settings.Key, "--key");
        var output = Inputs.Required(settings.Out, "--out");

        var packed = ModulePackager.Pack(input, template, key, output, settings.Version, settings.Entry);
        console.WriteLine(
            $"Đã đóng gói / Packed {packed.Id} {packed.Version} → {packed.Folder} ({packed.Assemblies.Count} assemblies, key {packed.KeyId})");
        return ExitCodes.Ok;
    }
}
