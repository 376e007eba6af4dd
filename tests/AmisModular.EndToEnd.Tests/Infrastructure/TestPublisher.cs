using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;
using AmisModular.Vendor.Modules;

namespace AmisModular.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A publisher key made for this run: the real Cash module packed and signed with it into a modules root, and licences
/// signed with it. The processes trust it through configuration, never the development key.
/// </summary>
internal sealed class TestPublisher
{
    public TestPublisher(string directory)
    {
        (PrivateKeyPem, PublicKeyPem) = Signer.CreateKeyPair();
        PublicKeyFile = Path.Combine(directory, "test-key.pub.pem");
        ModulesRoot = Path.Combine(directory, "modules");
        File.WriteAllText(PublicKeyFile, PublicKeyPem);
        ModulePackager.Pack(BuildOutputs.CashModule, File.ReadAllText(BuildOutputs.CashManifest), PrivateKeyPem, ModulesRoot, "1.0.0", "AmisModular.Modules.Cash.dll");
    }

    public string PrivateKeyPem { get; }

    public string PublicKeyPem { get; }

    public string PublicKeyFile { get; }

    public string ModulesRoot { get; }

    /// <summary>A licence for the cash module, written where <c>amis licence install</c> puts it.</summary>
    public void InstallLicence(string dataDirectory, string taxCode)
    {
        var licence = new Licence("LIC-E2E", new DateOnly(2026, 1, 1), new Licensee("tenant-e2e", "Công ty TNHH Đầu Cuối", taxCode), "standard",
            [new LicensedModule("cash", 1)], 5, 3, new DateOnly(2026, 1, 1), new DateOnly(2099, 12, 31));
        var path = Path.Combine(dataDirectory, "licence", "licence.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, LicenceIssuer.Issue(licence, PrivateKeyPem).ToJson());
    }
}
