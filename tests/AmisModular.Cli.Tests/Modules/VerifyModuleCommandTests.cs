using AmisModular.Cli.Cli;
using AmisModular.Cli.Tests.Infrastructure;

namespace AmisModular.Cli.Tests.Modules;

public sealed class VerifyModuleCommandTests
{
    [Fact]
    public void Verify_PackageSignedByTrustedKey_Valid()
    {
        using var install = new TestInstallation();
        var folder = install.InstallModule("cash");

        var result = install.Run("modules", "verify", folder);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("VALID: cash 1.0.0", result.Output);
        Assert.Contains($"key {install.TestKeyId}", result.Output);
    }

    [Fact]
    public void Verify_TamperedAssembly_ExitTwoNamesTheFile()
    {
        using var install = new TestInstallation();
        var folder = install.InstallModule("cash");
        File.AppendAllText(Path.Combine(folder, "PlainModule.dll"), "tampered");

        var result = install.Run("modules", "verify", folder);

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains("INVALID: cash 1.0.0", result.Output);
        Assert.Contains("PlainModule.dll: SHA-256 does not match module.json", result.Output);
    }

    [Fact]
    public void Verify_UnlistedDllAndNoSignature_EveryProblemListed()
    {
        using var install = new TestInstallation();
        var folder = install.InstallModule("cash");
        File.Delete(Path.Combine(folder, "module.sig"));
        File.WriteAllText(Path.Combine(folder, "Dropped.dll"), "not listed");

        var result = install.Run("modules", "verify", folder);

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains("module.sig is missing", result.Output);
        Assert.Contains("Dropped.dll: not listed in module.json", result.Output);
    }

    [Fact]
    public void Verify_SignedByUntrustedKey_ExitTwoUnknownKey()
    {
        using var install = new TestInstallation(trustTestKey: false);
        var folder = install.InstallModule("cash");

        var result = install.Run("modules", "verify", folder);

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains($"signed by unknown key {install.TestKeyId}", result.Output);
        Assert.Contains("built-in vendor key", result.Output);
    }

    [Fact]
    public void Verify_BrokenManifest_ExitTwoNamesTheField()
    {
        using var install = new TestInstallation();
        var folder = install.InstallModule("cash");
        File.WriteAllText(Path.Combine(folder, "module.json"), """{ "id": "Cash!" }""");

        var result = install.Run("modules", "verify", folder);

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains("INVALID", result.Output);
        Assert.Contains("$.id", result.Output);
    }

    [Fact]
    public void Verify_MissingFolder_NotFound()
    {
        using var install = new TestInstallation();

        var result = install.Run("modules", "verify", Path.Combine(install.Base, "nope"));

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains("package folder not found", result.Output);
    }

    [Fact]
    public void Verify_NoFolderArgument_InvalidInput()
    {
        using var install = new TestInstallation();

        var result = install.Run("modules", "verify");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("invalid command", result.Output);
    }
}
