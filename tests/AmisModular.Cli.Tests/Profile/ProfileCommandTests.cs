using AmisModular.Cli.Cli;
using AmisModular.Cli.Tests.Infrastructure;

namespace AmisModular.Cli.Tests.Profile;

public sealed class ProfileCommandTests
{
    [Fact]
    public void Show_NothingAssigned_NotAssignedAndListsAvailable()
    {
        using var install = new TestInstallation();
        install.WriteProfile("tax-office", TestInstallation.ProfileJson("tax-office", "tax"));
        install.WriteProfile("accounting", TestInstallation.ProfileJson("accounting", "cash", "bank"));

        var result = install.Run("profile", "show");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Status: NotAssigned", result.Output);
        Assert.Contains($"Available profiles in {install.ProfilesFolder}:", result.Output);
        Assert.Contains("accounting", result.Output);
        Assert.Contains("tax-office", result.Output);
    }

    [Fact]
    public void Assign_ExistingProfile_WrittenAndShownAndGatesModules()
    {
        using var install = new TestInstallation();
        install.WriteProfile("tax-office", TestInstallation.ProfileJson("tax-office", "tax"));
        install.InstallModule("cash");
        install.Run("licence", "install", install.IssueLicence("all.json", ["cash", "tax"]));

        var assigned = install.Run("profile", "assign", "tax-office");
        var shown = install.Run("profile", "show");
        var modules = install.Run("modules", "list");

        Assert.Equal(ExitCodes.Ok, assigned.ExitCode);
        Assert.Contains($"Profile assigned: tax-office → {install.AssignmentFile}", assigned.Output);
        Assert.Contains("\"profile\": \"tax-office\"", File.ReadAllText(install.AssignmentFile));
        Assert.Equal(ExitCodes.Ok, shown.ExitCode);
        Assert.Contains("Status: Assigned", shown.Output);
        Assert.Contains("* tax-office", shown.Output);
        Assert.Matches(@"cash\s+1\.0\.0\s+NotInProfile\s+.*module 'cash' is not in profile 'tax-office'", modules.Output);
    }

    [Fact]
    public void Assign_UnknownProfile_NotFoundAndAssignmentKept()
    {
        using var install = new TestInstallation();
        install.WriteProfile("tax-office", TestInstallation.ProfileJson("tax-office", "tax"));
        install.Run("profile", "assign", "tax-office");
        var before = File.ReadAllText(install.AssignmentFile);

        var result = install.Run("profile", "assign", "sales-counter");

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains("no department profile 'sales-counter'", result.Output);
        Assert.Contains("available: tax-office", result.Output);
        Assert.Equal(before, File.ReadAllText(install.AssignmentFile));
    }

    [Fact]
    public void Assign_MalformedProfile_RefusedWithJsonPath()
    {
        using var install = new TestInstallation();
        install.WriteProfile("broken", """{ "name": "broken", "displayName": { "vi": "Hỏng", "en": "Broken" }, "modules": [ { "id": "cash", "range": "one" } ] }""");

        var result = install.Run("profile", "assign", "broken");

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains("$.modules[0].range", result.Output);
        Assert.False(File.Exists(install.AssignmentFile));
    }

    [Fact]
    public void Show_AssignedProfileDeleted_BrokenExitTwo()
    {
        using var install = new TestInstallation();
        install.WriteProfile("tax-office", TestInstallation.ProfileJson("tax-office", "tax"));
        install.Run("profile", "assign", "tax-office");
        File.Delete(Path.Combine(install.ProfilesFolder, "tax-office.json"));

        var result = install.Run("profile", "show");

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains("Status: Broken", result.Output);
        Assert.Contains("(không có / none)", result.Output);
    }
}
