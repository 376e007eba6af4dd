using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.Licensing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Licence;

/// <summary>`amis licence show`: which file, which keys, and what the licence says. Exit 2 unless it is valid.</summary>
public sealed class ShowLicenceCommand(IAnsiConsole console, InstallationFactory installations) : Command<ShowLicenceSettings>
{
    public override int Execute(CommandContext context, ShowLicenceSettings settings, CancellationToken cancellationToken)
    {
        using var installation = installations.Open(settings);
        var options = installation.Options;
        console.WriteLine($"Môi trường / Environment: {installation.EnvironmentName}");
        console.WriteLine($"Tệp giấy phép / Licence file: {options.LicenceFilePath} — {Source(options)}");
        console.WriteLine($"Khóa ký giấy phép tin cậy / Trusted licence keys: {TrustText.Keys(options.LicenceKeys())}");
        console.WriteLine($"Khóa ký mô-đun tin cậy / Trusted module keys: {TrustText.Keys(options.ModuleKeys())}");
        console.WriteLine(options.IsDevelopment
            ? "Development: tin khóa phát triển build/keys, dùng build/keys/dev-licence.json khi chưa cài giấy phép / trusts the build/keys development key and uses build/keys/dev-licence.json when no licence is installed"
            : "Production: chỉ tin khóa nhà cung cấp (và khóa cấu hình thêm); không có giấy phép thì mọi mô-đun NotLicensed / trusts only the vendor key (and configured keys); no licence means every module is NotLicensed");
        if (options.IsDevelopment)
        {
            console.WriteLine($"Tệp khóa phát triển / Development key file: {options.Paths.DevelopmentKeyFile ?? "(built in / cài sẵn)"}");
        }

        console.WriteLine();

        var current = installation.LicenceGate.Current;
        console.Write(new Text(LicenceSummary.Format(current)));
        return current.IsValid ? ExitCodes.Ok : ExitCodes.VerificationFailed;
    }

    private static string Source(InstallationOptions options) => options.LicenceSource switch
    {
        LicenceSource.Installed => "đã cài / installed",
        LicenceSource.Development => "giấy phép PHÁT TRIỂN vì chưa cài giấy phép / DEVELOPMENT licence, because none is installed"
            + $" at {options.Paths.LicenceFilePath}",
        _ => "chưa có / not present",
    };
}
