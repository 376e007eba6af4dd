using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Modularity.Catalog;
using AmisModular.Modularity.Lifecycle;
using AmisModular.Modularity.Manifests;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Modules;

/// <summary>`amis modules verify &lt;folder&gt;`: manifest, signature and every file's hash, with this installation's keys.</summary>
public sealed class VerifyModuleCommand(IAnsiConsole console, InstallationFactory installations) : Command<VerifyModuleSettings>
{
    public override int Execute(CommandContext context, VerifyModuleSettings settings, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(settings.Folder);
        if (!Directory.Exists(folder))
        {
            throw new CliNotFoundException($"không có thư mục gói / package folder not found: {folder}");
        }

        using var installation = installations.Open(settings);
        ModuleDescriptor package;
        try
        {
            package = ModuleCatalog.ReadPackage(folder, checkFolderNames: false);
        }
        catch (ModuleManifestException e)
        {
            console.WriteLine($"KHÔNG HỢP LỆ / INVALID: {folder}");
            foreach (var error in e.Errors.Count > 0 ? e.Errors.Select(x => x.ToString()) : [e.Message])
            {
                console.WriteLine($"  - {ModuleManifest.FileName}: {error}");
            }

            return ExitCodes.VerificationFailed;
        }

        var verification = ModuleManager.VerifyPackage(folder, installation.Options.Modularity);
        var title = $"{package.Id} {package.Version} ({folder})";
        if (!verification.IsValid)
        {
            console.WriteLine($"KHÔNG HỢP LỆ / INVALID: {title}");
            foreach (var problem in verification.Problems)
            {
                console.WriteLine($"  - {problem}");
            }

            console.WriteLine($"Khóa tin cậy / Trusted keys ({installation.EnvironmentName}): {TrustText.Keys(installation.Options.ModuleKeys())}");
            return ExitCodes.VerificationFailed;
        }

        var key = verification.Signature!.Key!;
        console.WriteLine($"HỢP LỆ / VALID: {title}");
        console.WriteLine($"  Chữ ký / Signature: key {key.KeyId}{(key.DevelopmentOnly ? " (development key, DEV ONLY)" : string.Empty)}");
        console.WriteLine($"  Tệp / Files: {package.Manifest.Assemblies.Count} assemblies, SHA-256 khớp / match");
        return ExitCodes.Ok;
    }
}
