using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Modularity.Licensing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Licence;

/// <summary>
/// `amis licence install &lt;file&gt;`: verifies with this installation's keys and tax code, then replaces the
/// installed licence atomically. A licence that does not verify is refused and the old one stays.
/// </summary>
public sealed class InstallLicenceCommand(IAnsiConsole console, InstallationFactory installations) : Command<InstallLicenceSettings>
{
    public override int Execute(CommandContext context, InstallLicenceSettings settings, CancellationToken cancellationToken)
    {
        var json = ReadInput(settings.File);
        using var installation = installations.Open(settings);
        var options = installation.Options.LicensingForInstall();
        var verification = new LicenceInstaller(options, TimeProvider.System).Install(json);
        if (!verification.IsValid)
        {
            console.WriteLine($"TỪ CHỐI / REFUSED: {settings.File}");
            console.WriteLine($"  {verification.Status}: {verification.Reason}");
            console.WriteLine($"  Giấy phép đang cài được giữ nguyên / the installed licence is unchanged: {options.LicenceFilePath}");
            return ExitCodes.VerificationFailed;
        }

        console.WriteLine($"Đã cài giấy phép / Licence installed → {options.LicenceFilePath}");
        console.Write(new Text(LicenceSummary.Format(verification)));
        return ExitCodes.Ok;
    }

    private static string ReadInput(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"<FILE>: không tìm thấy tệp / file not found: {Path.GetFullPath(path)}");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"<FILE>: không đọc được / cannot read {path}: {e.Message}", e);
        }
    }
}
