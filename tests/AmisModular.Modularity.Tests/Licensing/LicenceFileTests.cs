using System.Text.Json.Nodes;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NuGet.Versioning;

namespace AmisModular.Modularity.Tests.Licensing;

public sealed class LicenceFileTests : IDisposable
{
    private readonly LicenceFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Issue_RoundTripsThroughReader_SameLicence()
    {
        var file = LicenceIssuer.Issue(LicenceFixture.Sample(), _fixture.PrivateKeyPem);

        var read = LicenceReader.ParseFile(file.ToJson());

        Assert.Equal(LicenceFile.CurrentFormat, read.Format);
        Assert.Equal(file.LicenceJson, read.LicenceJson);
        var licence = LicenceReader.ParseLicence(read.LicenceJson);
        Assert.Equal(LicenceFixture.Sample().Licensee, licence.Licensee);
        Assert.Equal(LicenceFixture.Sample().Modules, licence.Modules);
        Assert.Contains("Công ty TNHH Minh Long", file.ToJson());
    }

    [Theory]
    [InlineData("0101234567", true)]
    [InlineData("0101234567-001", true)]
    [InlineData("010123456", false)]
    [InlineData("0101234567-01", false)]
    [InlineData("01012345AB", false)]
    public void TaxCode_Shapes_TenOrTenDashThreeDigits(string taxCode, bool valid) =>
        Assert.Equal(valid, TaxCode.IsValid(taxCode));

    [Fact]
    public void Issue_InvalidFields_EveryRuleNamedWithPath()
    {
        var bad = LicenceFixture.Sample("12345") with
        {
            Modules = [new LicensedModule("Cash", 1), new LicensedModule("reports", -1)],
            Seats = 0,
        };

        var error = Assert.Throws<LicenceFormatException>(() => LicenceIssuer.Issue(bad, _fixture.PrivateKeyPem));

        Assert.Contains("$.licensee.taxCode: '12345' — MST phải gồm 10 chữ số hoặc 10-3 chữ số", error.Message);
        Assert.Contains("$.modules[0].id: 'Cash' — mã phân hệ phải khớp", error.Message);
        Assert.Contains("$.modules[1].maxMajor: -1", error.Message);
        Assert.Contains("$.seats: 0 — số người dùng phải ≥ 1 / seats must be at least 1", error.Message);
    }

    [Fact]
    public void ParseFile_SignatureMissing_NamesPath()
    {
        var json = LicenceIssuer.Issue(LicenceFixture.Sample(), _fixture.PrivateKeyPem).ToJson();
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("signature");

        var error = Assert.Throws<LicenceFormatException>(() => LicenceReader.ParseFile(node.ToJsonString()));

        Assert.StartsWith("$.signature: thiếu hoặc sai chữ ký", error.Message);
    }

    [Fact]
    public void Verify_SignedLicenceMissingField_UnreadableNamingField()
    {
        var content = """{"licenceId":"L1","issuedOn":"2026-01-01","edition":"x","modules":[],"seats":1,"deviceLimit":1,"validFrom":"2026-01-01","validUntil":"2026-02-01"}""";
        var signature = Signer.Sign(System.Text.Encoding.UTF8.GetBytes(content), _fixture.PrivateKeyPem);
        var file = new LicenceFile(LicenceFile.CurrentFormat, content, signature);
        var verifier = new LicenceVerifier(new SignatureVerifier([PublisherKey.FromPem(_fixture.PublicKeyPem)], false), new FixedTime(new DateOnly(2026, 1, 5)));

        var verification = verifier.Verify(file.ToJson(), null);

        Assert.Equal(LicenceStatus.Unreadable, verification.Status);
        Assert.Contains("licensee", verification.Reason);
    }

    [Fact]
    public void Summary_ValidLicence_ListsLicenseeModulesValidityAndStatus()
    {
        _fixture.Install(LicenceFixture.Sample());
        var gate = _fixture.Gate(new DateOnly(2026, 3, 1));

        var summary = LicenceSummary.Format(gate.Current);

        Assert.Contains("Trạng thái / Status: Valid — giấy phép hợp lệ đến hết ngày 31/12/2027", summary);
        Assert.Contains("Bên được cấp / Licensee: Công ty TNHH Minh Long (MST 0101234567, tenant minh-long)", summary);
        Assert.Contains("Phân hệ / Modules: cash ≤ 1.x, reports ≤ 2.x", summary);
        Assert.Contains("Hiệu lực / Valid: 01/01/2026 – 31/12/2027", summary);
        Assert.Contains("Người dùng / Seats: 5", summary);
        Assert.Contains("Thiết bị / Devices: 3", summary);
    }

    [Fact]
    public void Summary_NoLicence_StatusOnly()
    {
        var summary = LicenceSummary.Format(_fixture.Gate(new DateOnly(2026, 3, 1)).Current);

        Assert.Equal("Trạng thái / Status: NotInstalled — chưa cài giấy phép / no licence installed" + Environment.NewLine, summary);
    }

    [Fact]
    public void Install_TamperedUpload_RefusedAndOldLicenceKept()
    {
        var good = _fixture.Install(LicenceFixture.Sample());
        var installer = new LicenceInstaller(_fixture.Options(), new FixedTime(new DateOnly(2026, 3, 1)));

        var result = installer.Install(good.Replace("\\\"seats\\\":5", "\\\"seats\\\":9", StringComparison.Ordinal));

        Assert.Equal(LicenceStatus.SignatureInvalid, result.Status);
        Assert.Equal(good, File.ReadAllText(_fixture.LicencePath));
    }

    [Fact]
    public void Install_ValidUpload_Written()
    {
        var json = LicenceIssuer.Issue(LicenceFixture.Sample(), _fixture.PrivateKeyPem).ToJson();
        var installer = new LicenceInstaller(_fixture.Options(), new FixedTime(new DateOnly(2026, 3, 1)));

        var result = installer.Install(json);

        Assert.Equal(LicenceStatus.Valid, result.Status);
        Assert.Equal(json, File.ReadAllText(_fixture.LicencePath));
    }

    [Fact]
    public void AddLicensing_ResolvesGateAsInterfaceAndSelf()
    {
        _fixture.Install(LicenceFixture.Sample());
        var options = _fixture.Options();
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FixedTime(new DateOnly(2026, 3, 1)))
            .AddLicensing(o =>
            {
                o.LicenceFilePath = options.LicenceFilePath;
                o.CompanyTaxCode = options.CompanyTaxCode;
                o.AdditionalVendorKeyPems.Add(_fixture.PublicKeyPem);
            })
            .BuildServiceProvider();

        var gate = provider.GetRequiredService<ILicenceGate>();

        Assert.Same(provider.GetRequiredService<LicenceGate>(), gate);
        Assert.True(gate.Check("reports", new NuGetVersion(2, 1, 0), null).Allowed);
    }

    [Fact]
    public void AddLicensing_FromConfigurationSection_BindsPathTaxCodeAndKeys()
    {
        _fixture.Install(LicenceFixture.Sample());
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Licensing:LicenceFilePath"] = _fixture.LicencePath,
                ["Licensing:CompanyTaxCode"] = "0312345678",
                ["Licensing:AdditionalVendorKeyPems:0"] = _fixture.PublicKeyPem,
            })
            .Build();
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FixedTime(new DateOnly(2026, 3, 1)))
            .AddLicensing(configuration.GetSection(LicensingOptions.SectionName))
            .BuildServiceProvider();

        var decision = provider.GetRequiredService<ILicenceGate>().Check("cash", new NuGetVersion(1, 0, 0), null);

        Assert.False(decision.Allowed);
        Assert.EndsWith("not this company's 0312345678", decision.Reason);
    }

    [Fact]
    public void VendorKeys_DevelopmentConstant_MatchesCommittedKey()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "AmisModular.sln")))
        {
            dir = dir.Parent;
        }

        var committed = File.ReadAllText(Path.Combine(dir.FullName, "build", "keys", "dev-signing-key.pub.pem"));

        Assert.Equal(KeyIds.For(committed), KeyIds.For(VendorKeys.DevelopmentPublicKeyPem));
    }
}
