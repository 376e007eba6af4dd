using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;
using AmisModular.Vendor.Cli;

namespace AmisModular.Vendor.Tests.Licences;

public sealed class LicenceCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _privateKey;
    private readonly string _publicKey;

    public LicenceCommandTests()
    {
        var (privatePem, publicPem) = Signer.CreateKeyPair();
        _privateKey = _temp.File("vendor.pem");
        _publicKey = _temp.File("vendor.pub.pem");
        File.WriteAllText(_privateKey, privatePem);
        File.WriteAllText(_publicKey, publicPem);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void LicenceIssue_ValidArguments_WritesLicenceTheHostAccepts()
    {
        var console = new TestConsole();

        var code = Issue(console, _temp.File("licence.json"));

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Issued licence LIC-TEST-1", console.Output);
        var options = new LicensingOptions { LicenceFilePath = _temp.File("licence.json"), CompanyTaxCode = "0101234567" };
        options.AdditionalVendorKeyPems.Add(File.ReadAllText(_publicKey));
        var gate = new LicenceGate(options, new FixedTime(new DateOnly(2026, 6, 1)));
        var decision = gate.Check("cash", new NuGet.Versioning.NuGetVersion(1, 4, 0), null);
        Assert.True(decision.Allowed, decision.Reason);
        Assert.Equal("Công ty TNHH Minh Long", gate.Current.Licence!.Licensee.CompanyName);
        Assert.Equal([new LicensedModule("cash", 1), new LicensedModule("reports", 2)], gate.Current.Licence.Modules);
    }

    [Fact]
    public void LicenceVerify_GoodLicence_ExitZeroAndSummary()
    {
        Issue(new TestConsole(), _temp.File("licence.json"));
        var console = new TestConsole();

        var code = VendorApp.Run(["licence", "verify", _temp.File("licence.json"), "--pub", _publicKey, "--on", "2026-06-01"], console.Console);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Valid — giấy phép hợp lệ đến hết ngày 31/12/2027 / licence valid until 2027-12-31", console.Output);
        Assert.Contains("Công ty TNHH Minh Long (MST 0101234567", console.Output);
        Assert.Contains("cash ≤ 1.x, reports ≤ 2.x", console.Output);
    }

    [Fact]
    public void LicenceVerify_OtherVendorKey_ExitTwoSignatureInvalid()
    {
        Issue(new TestConsole(), _temp.File("licence.json"));
        var (_, otherPublic) = Signer.CreateKeyPair();
        File.WriteAllText(_temp.File("other.pub.pem"), otherPublic);
        var console = new TestConsole();

        var code = VendorApp.Run(["licence", "verify", _temp.File("licence.json"), "--pub", _temp.File("other.pub.pem")], console.Console);

        Assert.Equal(ExitCodes.VerificationFailed, code);
        Assert.Contains("SignatureInvalid — chữ ký giấy phép không hợp lệ / licence signature invalid", console.Output);
    }

    [Fact]
    public void LicenceVerify_SeatsEditedAfterSigning_ExitTwoSignatureInvalid()
    {
        Issue(new TestConsole(), _temp.File("licence.json"));
        var text = File.ReadAllText(_temp.File("licence.json"));
        Assert.Contains("\\\"seats\\\":5", text);
        File.WriteAllText(_temp.File("licence.json"), text.Replace("\\\"seats\\\":5", "\\\"seats\\\":50", StringComparison.Ordinal));
        var console = new TestConsole();

        var code = VendorApp.Run(["licence", "verify", _temp.File("licence.json"), "--pub", _publicKey], console.Console);

        Assert.Equal(ExitCodes.VerificationFailed, code);
        Assert.Contains("licence signature invalid: signature does not match the content", console.Output);
    }

    [Fact]
    public void LicenceVerify_AfterUntil_ExitTwoExpired()
    {
        Issue(new TestConsole(), _temp.File("licence.json"));
        var console = new TestConsole();

        var code = VendorApp.Run(["licence", "verify", _temp.File("licence.json"), "--pub", _publicKey, "--on", "2028-01-01"], console.Console);

        Assert.Equal(ExitCodes.VerificationFailed, code);
        Assert.Contains("Expired — giấy phép đã hết hạn ngày 31/12/2027 / licence expired on 2027-12-31", console.Output);
    }

    [Fact]
    public void LicenceVerify_OtherTaxCode_ExitTwoWrongTenant()
    {
        Issue(new TestConsole(), _temp.File("licence.json"));
        var console = new TestConsole();

        var code = VendorApp.Run(
            ["licence", "verify", _temp.File("licence.json"), "--pub", _publicKey, "--tax-code", "0312345678", "--on", "2026-06-01"], console.Console);

        Assert.Equal(ExitCodes.VerificationFailed, code);
        Assert.Contains("licence is for tax code 0101234567 (Công ty TNHH Minh Long), not this company's 0312345678", console.Output);
    }

    [Fact]
    public void LicenceVerify_FileMissing_ExitOne()
    {
        var console = new TestConsole();

        var code = VendorApp.Run(["licence", "verify", _temp.File("nope.json"), "--pub", _publicKey], console.Console);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("<FILE>: không tìm thấy tệp / file not found", console.Output);
    }

    [Fact]
    public void LicenceVerify_NotALicence_ExitOne()
    {
        File.WriteAllText(_temp.File("junk.json"), "{\"hello\": 1}");
        var console = new TestConsole();

        var code = VendorApp.Run(["licence", "verify", _temp.File("junk.json"), "--pub", _publicKey], console.Console);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("$.format", console.Output);
    }

    [Fact]
    public void LicenceIssue_BadTaxCode_ExitOneNamingFieldAndRuleAndWritesNothing()
    {
        var console = new TestConsole();

        var code = Issue(console, _temp.File("licence.json"), taxCode: "01012345");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("$.licensee.taxCode: '01012345' — MST phải gồm 10 chữ số hoặc 10-3 chữ số / MST must be 10 digits or 10-3 digits", console.Output);
        Assert.False(File.Exists(_temp.File("licence.json")));
    }

    [Fact]
    public void LicenceIssue_ModuleWithoutMajor_ExitOne()
    {
        var console = new TestConsole();

        var code = Issue(console, _temp.File("licence.json"), module: "cash");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("--module: 'cash' phải có dạng id:major", console.Output);
        Assert.Contains("must be id:major, e.g. cash:1", console.Output);
    }

    [Fact]
    public void LicenceIssue_UntilBeforeFrom_ExitOne()
    {
        var console = new TestConsole();

        var code = Issue(console, _temp.File("licence.json"), until: "2025-12-31");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("$.validUntil: 2025-12-31", console.Output);
    }

    [Fact]
    public void LicenceIssue_KeyFileIsNotAKey_ExitOne()
    {
        File.WriteAllText(_temp.File("bad.pem"), "not a key");
        var console = new TestConsole();

        var code = VendorApp.Run(
            ["licence", "issue", "--key", _temp.File("bad.pem"), "--out", _temp.File("l.json")], console.Console);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("--key: không phải khóa PEM ECDSA P-256 / not an ECDSA P-256 PEM key", console.Output);
    }

    [Fact]
    public void LicenceIssue_BadDate_ExitOne()
    {
        var console = new TestConsole();

        var code = Issue(console, _temp.File("licence.json"), from: "01/01/2026");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("--from: '01/01/2026' không phải ngày yyyy-MM-dd / is not a date yyyy-MM-dd", console.Output);
    }

    [Fact]
    public void Run_UnknownCommand_ExitOne()
    {
        var console = new TestConsole();

        var code = VendorApp.Run(["licence", "revoke"], console.Console);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("invalid command", console.Output);
    }

    private int Issue(TestConsole console, string outPath, string taxCode = "0101234567", string module = "cash:1", string from = "2026-01-01", string until = "2027-12-31") =>
        VendorApp.Run(
            [
                "licence", "issue", "--key", _privateKey, "--tenant-id", "minh-long", "--company", "Công ty TNHH Minh Long",
                "--tax-code", taxCode, "--edition", "standard", "--module", module, "--module", "reports:2", "--seats", "5",
                "--devices", "3", "--from", from, "--until", until, "--licence-id", "LIC-TEST-1", "--issued", "2025-12-20",
                "--out", outPath,
            ],
            console.Console);
}
