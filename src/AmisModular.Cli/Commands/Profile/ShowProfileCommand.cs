using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Modularity.Profiles;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Profile;

/// <summary>`amis profile show`: the profile assigned to this device and those available. Exit 2 when the assignment is broken.</summary>
public sealed class ShowProfileCommand(IAnsiConsole console, InstallationFactory installations) : Command<ShowProfileSettings>
{
    public override int Execute(CommandContext context, ShowProfileSettings settings, CancellationToken cancellationToken)
    {
        using var installation = installations.Open(settings);
        var options = installation.Options.Profiles;
        var assignment = installation.ProfileGate.Assignment;
        console.WriteLine($"Tệp gán / Assignment file: {options.AssignmentFilePath}"
            + (string.IsNullOrWhiteSpace(options.AssignedProfile) ? string.Empty : $" (cấu hình DepartmentProfiles:AssignedProfile '{options.AssignedProfile}' được ưu tiên / configured value wins)"));
        console.Write(new Text(DepartmentProfileSummary.Format(assignment)));
        console.WriteLine();

        var store = new DepartmentProfileStore(options.ProfilesFolder!);
        var names = store.Names();
        console.WriteLine($"Hồ sơ có sẵn / Available profiles in {store.Folder}:");
        if (names.Count == 0)
        {
            console.WriteLine("  (không có / none)");
        }

        foreach (var name in names)
        {
            console.WriteLine($"  {(name == assignment.ProfileName ? "*" : " ")} {name}");
        }

        return assignment.Status == ProfileAssignmentStatus.Broken ? ExitCodes.VerificationFailed : ExitCodes.Ok;
    }
}
