using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Modularity.Profiles;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Profile;

/// <summary>
/// `amis profile assign &lt;name&gt;`: loads the profile first (a missing or malformed one is refused and the old
/// assignment stays), then replaces the device's assignment file atomically. Takes effect at the next start.
/// </summary>
public sealed class AssignProfileCommand(IAnsiConsole console, InstallationFactory installations) : Command<AssignProfileSettings>
{
    public override int Execute(CommandContext context, AssignProfileSettings settings, CancellationToken cancellationToken)
    {
        using var installation = installations.Open(settings);
        var options = installation.Options.Profiles;
        var store = new DepartmentProfileStore(options.ProfilesFolder!);
        DepartmentProfile profile;
        try
        {
            profile = store.Load(settings.Name);
        }
        catch (DepartmentProfileNotFoundException e)
        {
            throw new CliNotFoundException(e.Message, e);
        }
        catch (DepartmentProfileFormatException e)
        {
            console.WriteLine($"TỪ CHỐI / REFUSED: hồ sơ '{settings.Name}' không hợp lệ / profile '{settings.Name}' is invalid");
            foreach (var error in e.Errors.Count > 0 ? e.Errors.Select(x => x.ToString()) : [e.Message])
            {
                console.WriteLine($"  - {error}");
            }

            return ExitCodes.VerificationFailed;
        }

        var path = options.AssignmentFilePath!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".new";
        DeviceProfileAssignment.Write(temporary, profile.Name);
        File.Move(temporary, path, overwrite: true);

        console.WriteLine($"Đã gán hồ sơ / Profile assigned: {profile.Name} → {path}");
        console.WriteLine("Có hiệu lực từ lần khởi động sau / takes effect at the next start");
        if (!string.IsNullOrWhiteSpace(options.AssignedProfile) && options.AssignedProfile != profile.Name)
        {
            console.WriteLine($"Chú ý: DepartmentProfiles:AssignedProfile = '{options.AssignedProfile}' trong cấu hình được ưu tiên / note: the configured profile wins");
        }

        console.WriteLine(DepartmentProfileSummary.Format(profile));
        return ExitCodes.Ok;
    }
}
