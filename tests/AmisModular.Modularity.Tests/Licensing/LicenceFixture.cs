using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;

namespace AmisModular.Modularity.Tests.Licensing;

/// <summary>A vendor key pair, a temp folder for the installed licence, and a gate over it.</summary>
internal sealed class LicenceFixture : IDisposable
{
    public const string CompanyTaxCode = "0101234567";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "amis-licence-tests-" + Guid.NewGuid().ToString("N"));

    public LicenceFixture()
    {
        Directory.CreateDirectory(_folder);
        (PrivateKeyPem, PublicKeyPem) = Signer.CreateKeyPair();
    }

    public string PrivateKeyPem { get; }

    public string PublicKeyPem { get; }

    public string LicencePath => Path.Combine(_folder, "licence.json");

    public static Licence Sample(string taxCode = CompanyTaxCode) => new(
        "LIC-2026-0001",
        new DateOnly(2025, 12, 20),
        new Licensee("minh-long", "Công ty TNHH Minh Long", taxCode),
        "standard",
        [new LicensedModule("cash", 1), new LicensedModule("reports", 2)],
        5,
        3,
        new DateOnly(2026, 1, 1),
        new DateOnly(2027, 12, 31));

    public string Install(Licence licence)
    {
        var json = LicenceIssuer.Issue(licence, PrivateKeyPem).ToJson();
        File.WriteAllText(LicencePath, json);
        return json;
    }

    public LicensingOptions Options(string? companyTaxCode = CompanyTaxCode)
    {
        var options = new LicensingOptions { LicenceFilePath = LicencePath, CompanyTaxCode = companyTaxCode };
        options.AdditionalVendorKeyPems.Add(PublicKeyPem);
        return options;
    }

    public LicenceGate Gate(DateOnly today, string? companyTaxCode = CompanyTaxCode) => new(Options(companyTaxCode), new FixedTime(today));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
