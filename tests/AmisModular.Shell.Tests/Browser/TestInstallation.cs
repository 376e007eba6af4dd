using System.Text.Json.Nodes;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;
using AmisModular.Vendor.Modules;

namespace AmisModular.Shell.Tests.Browser;

/// <summary>
/// A temp installation for a real shell process: a data folder, a modules root with real signed packages (the sample
/// module as <c>sample</c> 1.2.0, and again as <c>cash</c> 1.0.0, which the licence leaves out), a publisher key made
/// for the test and trusted through configuration (the process runs in Production, so the dev key is not trusted),
/// and a licence issued with that key for <c>sample</c> only.
/// </summary>
internal sealed class TestInstallation : IDisposable
{
    public TestInstallation()
    {
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(ModulesRoot);
        (PrivateKeyPem, PublicKeyPem) = Signer.CreateKeyPair();
        File.WriteAllText(PublicKeyFile, PublicKeyPem);
        Pack("sample", "1.2.0", "Phân hệ mẫu", "Sample");
        Pack("cash", "1.0.0", "Quỹ", "Cash");
        Directory.CreateDirectory(Path.GetDirectoryName(LicenceFile)!);
        File.WriteAllText(LicenceFile, IssueLicence("sample"));
    }

    public string Base { get; } = Directory.CreateTempSubdirectory("amis-shell-e2e-").FullName;

    public string DataDirectory => Path.Combine(Base, "data");

    public string ModulesRoot => Path.Combine(Base, "modules");

    public string PublicKeyFile => Path.Combine(Base, "test-key.pub.pem");

    public string LicenceFile => Path.Combine(DataDirectory, "licence", "licence.json");

    public string StoreFile => Path.Combine(DataDirectory, "store", "amis.db");

    public string PrivateKeyPem { get; }

    public string PublicKeyPem { get; }

    /// <summary>What the shell process gets: where the modules are and which key it trusts (for modules and licences).</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["AMIS_MODULES_ROOT"] = ModulesRoot,
        ["Modularity__TrustedKeyFiles__0"] = PublicKeyFile,
        ["Licensing__AdditionalVendorKeyPems__0"] = PublicKeyPem,
    };

    public string IssueLicence(params string[] modules)
    {
        var licence = new Licence(
            "LIC-SHELL-TEST",
            new DateOnly(2026, 1, 1),
            new Licensee("tenant-test", "Công ty TNHH Kiểm Thử", "0109876543"),
            "standard",
            [.. modules.Select(m => new LicensedModule(m, 1))],
            5,
            3,
            new DateOnly(2026, 1, 1),
            new DateOnly(2099, 12, 31));
        return LicenceIssuer.Issue(licence, PrivateKeyPem).ToJson();
    }

    private void Pack(string id, string version, string vi, string en)
    {
        var template = new JsonObject
        {
            ["id"] = id,
            ["displayName"] = new JsonObject { ["vi"] = vi, ["en"] = en },
            ["hostApi"] = "[1.0.0, 2.0.0)",
            ["dependencies"] = new JsonArray(),
            ["required"] = false,
            ["loadMode"] = "startup",
        };
        ModulePackager.Pack(TestPaths.SampleModuleOutput, template.ToJsonString(), PrivateKeyPem, ModulesRoot, version, "AmisModular.Shell.SampleModule.dll");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Base, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
