using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;
using AmisModular.Vendor.Modules;

namespace AmisModular.Shell.Tests.Browser;

/// <summary>
/// A temp installation with the real Reports module: its build output packed and signed with a key made for the test
/// (trusted through configuration; the process runs in Production), and a licence issued with that key for "reports".
/// </summary>
internal sealed class ReportsInstallation : IDisposable
{
    public ReportsInstallation()
    {
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(ModulesRoot);
        (PrivateKeyPem, PublicKeyPem) = Signer.CreateKeyPair();
        File.WriteAllText(PublicKeyFile, PublicKeyPem);
        var template = File.ReadAllText(Path.Combine(ModuleProject, "module.manifest.json"));
        ModulePackager.Pack(ModuleOutput, template, PrivateKeyPem, ModulesRoot, "1.0.0", "AmisModular.Modules.Reports.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(LicenceFile)!);
        File.WriteAllText(LicenceFile, IssueLicence("reports"));
    }

    public static string ModuleProject => Path.Combine(TestPaths.RepoRoot, "modules", "AmisModular.Modules.Reports");

    public static string ModuleOutput => Path.Combine(ModuleProject, "bin", TestPaths.Configuration, "net10.0");

    public string Base { get; } = Directory.CreateTempSubdirectory("amis-reports-e2e-").FullName;

    public string DataDirectory => Path.Combine(Base, "data");

    public string ModulesRoot => Path.Combine(Base, "modules");

    public string PublicKeyFile => Path.Combine(Base, "test-key.pub.pem");

    public string LicenceFile => Path.Combine(DataDirectory, "licence", "licence.json");

    public string StoreFile => Path.Combine(DataDirectory, "store", "amis.db");

    public string PrivateKeyPem { get; }

    public string PublicKeyPem { get; }

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["AMIS_MODULES_ROOT"] = ModulesRoot,
        ["Modularity__TrustedKeyFiles__0"] = PublicKeyFile,
        ["Licensing__AdditionalVendorKeyPems__0"] = PublicKeyPem,
    };

    private string IssueLicence(params string[] modules)
    {
        var licence = new Licence(
            "LIC-REPORTS-TEST",
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
