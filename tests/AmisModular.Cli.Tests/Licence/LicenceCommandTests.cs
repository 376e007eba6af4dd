using System.Text.Json.Nodes;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Tests.Infrastructure;

namespace AmisModular.Cli.Tests.Licence;

public sealed class LicenceCommandTests
{
    [Fact]
    public void Show_ProductionWithoutLicence_NotInstalledExitTwoAndOnlyVendorKeys()
    {
        using var install = new TestInstallation(trustTestKey: false);

        var result = install.Run("licence", "show");

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains("Environment: Production", result.Output);
        Assert.Contains($"Licence file: {install.LicenceFile} — chưa có / not present", result.Output);
        Assert.Contains("Trusted licence keys: db60c20ec4c6629b (nhà cung cấp, cài sẵn / built-in vendor key)" + Environment.NewLine, result.Output);
        Assert.Contains("Status: NotInstalled", result.Output);
    }

    [Fact]
    public void Show_DevelopmentWithoutLicence_UsesDevelopmentLicenceAndKey()
    {
        using var install = new TestInstallation(CliEnvironment.Development, trustTestKey: false);

        var result = install.Run("licence", "show");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(Path.Combine("build", "keys", "dev-licence.json") + " — giấy phép PHÁT TRIỂN", result.Output);
        Assert.Contains("b3dc1ec7ed2c892b (phát triển / development key, DEV ONLY)", result.Output);
        Assert.Contains(Path.Combine("build", "keys", "dev-signing-key.pub.pem"), result.Output);
        Assert.Contains("Status: Valid", result.Output);
        Assert.Contains("MST 0101234567", result.Output);
        Assert.Contains("cash ≤ 1.x, bank ≤ 1.x, purchasing ≤ 1.x, sales ≤ 1.x, tax ≤ 1.x, reports ≤ 1.x", result.Output);
    }

    [Fact]
    public void Install_LicenceSignedByTrustedKey_InstalledAndShown()
    {
        using var install = new TestInstallation();
        var file = install.IssueLicence("good.json", ["cash", "reports"]);

        var installed = install.Run("licence", "install", file);
        var shown = install.Run("licence", "show");

        Assert.Equal(ExitCodes.Ok, installed.ExitCode);
        Assert.Contains($"Licence installed → {install.LicenceFile}", installed.Output);
        Assert.Equal(File.ReadAllText(file), File.ReadAllText(install.LicenceFile));
        Assert.Equal(ExitCodes.Ok, shown.ExitCode);
        Assert.Contains("— đã cài / installed", shown.Output);
        Assert.Contains("Status: Valid", shown.Output);
        Assert.Contains($"{install.TestKeyId} (cấu hình thêm / configured)", shown.Output);
    }

    [Fact]
    public void Install_TamperedLicence_RefusedExitTwoAndOldLicenceKept()
    {
        using var install = new TestInstallation();
        Assert.Equal(ExitCodes.Ok, install.Run("licence", "install", install.IssueLicence("old.json", ["cash"])).ExitCode);
        var before = File.ReadAllBytes(install.LicenceFile);
        var tamperedPath = install.IssueLicence("tampered.json", ["cash"]);
        var tampered = JsonNode.Parse(File.ReadAllText(tamperedPath))!;
        tampered["licence"] = tampered["licence"]!.GetValue<string>().Replace("\"seats\":5", "\"seats\":500", StringComparison.Ordinal);
        File.WriteAllText(tamperedPath, tampered.ToJsonString());

        var result = install.Run("licence", "install", tamperedPath);

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains("REFUSED", result.Output);
        Assert.Contains("SignatureInvalid", result.Output);
        Assert.Contains("signature does not match the content", result.Output);
        Assert.Contains("the installed licence is unchanged", result.Output);
        Assert.Equal(before, File.ReadAllBytes(install.LicenceFile));
    }

    [Fact]
    public void Install_DevelopmentLicenceInProduction_RefusedAsUntrusted()
    {
        using var install = new TestInstallation();
        var devLicence = Path.Combine(RepoPaths.Root, "build", "keys", "dev-licence.json");

        var result = install.Run("licence", "install", devLicence);

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains("signed by unknown key b3dc1ec7ed2c892b", result.Output);
        Assert.False(File.Exists(install.LicenceFile));
    }

    [Fact]
    public void Install_ExpiredLicence_RefusedWithDate()
    {
        using var install = new TestInstallation();
        var file = install.IssueLicence("expired.json", ["cash"], until: new DateOnly(2026, 1, 31));

        var result = install.Run("licence", "install", file);

        Assert.Equal(ExitCodes.VerificationFailed, result.ExitCode);
        Assert.Contains("licence expired on 2026-01-31", result.Output);
        Assert.False(File.Exists(install.LicenceFile));
    }

    [Fact]
    public void Install_MissingFile_InvalidInput()
    {
        using var install = new TestInstallation();

        var result = install.Run("licence", "install", Path.Combine(install.Base, "nope.json"));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("file not found", result.Output);
    }
}
