using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;
using NuGet.Versioning;

namespace AmisModular.Modularity.Tests.Licensing;

public sealed class LicenceGateTests : IDisposable
{
    private static readonly DateOnly MidTerm = new(2026, 6, 1);
    private readonly LicenceFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Check_LicensedModuleWithinMajor_Allowed()
    {
        _fixture.Install(LicenceFixture.Sample());

        var decision = _fixture.Gate(MidTerm).Check("cash", new NuGetVersion(1, 9, 3), null);

        Assert.True(decision.Allowed);
        Assert.Equal(
            "được cấp phép 'cash' đến phiên bản chính 1, hết hạn 31/12/2027 / licensed 'cash' up to major version 1, until 2027-12-31",
            decision.Reason);
    }

    [Fact]
    public void Check_FieldEditedAfterSigning_DeniedSignatureInvalid()
    {
        var json = _fixture.Install(LicenceFixture.Sample());
        Assert.Contains("\\\"deviceLimit\\\":3", json);
        File.WriteAllText(_fixture.LicencePath, json.Replace("\\\"deviceLimit\\\":3", "\\\"deviceLimit\\\":300", StringComparison.Ordinal));
        var gate = _fixture.Gate(MidTerm);

        var decision = gate.Check("cash", new NuGetVersion(1, 0, 0), null);

        Assert.False(decision.Allowed);
        Assert.StartsWith("chữ ký giấy phép không hợp lệ / licence signature invalid: signature does not match the content", decision.Reason);
        Assert.Equal(LicenceStatus.SignatureInvalid, gate.Current.Status);
        Assert.Null(gate.Current.Licence);
    }

    [Fact]
    public void Check_SignedByUnknownKey_DeniedSignatureInvalid()
    {
        var (strangerPrivate, _) = Signer.CreateKeyPair();
        File.WriteAllText(_fixture.LicencePath, LicenceIssuer.Issue(LicenceFixture.Sample(), strangerPrivate).ToJson());

        var decision = _fixture.Gate(MidTerm).Check("cash", new NuGetVersion(1, 0, 0), null);

        Assert.False(decision.Allowed);
        Assert.Contains("licence signature invalid: signed by unknown key", decision.Reason);
    }

    [Fact]
    public void Check_AfterValidUntil_DeniedExpiredWithDate()
    {
        _fixture.Install(LicenceFixture.Sample());

        var decision = _fixture.Gate(new DateOnly(2028, 1, 1)).Check("cash", new NuGetVersion(1, 0, 0), null);

        Assert.False(decision.Allowed);
        Assert.Equal("giấy phép đã hết hạn ngày 31/12/2027 / licence expired on 2027-12-31", decision.Reason);
    }

    [Fact]
    public void Check_OnLastDay_Allowed()
    {
        _fixture.Install(LicenceFixture.Sample());

        var decision = _fixture.Gate(new DateOnly(2027, 12, 31)).Check("cash", new NuGetVersion(1, 0, 0), null);

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Check_BeforeValidFrom_DeniedNotYetValidWithDate()
    {
        _fixture.Install(LicenceFixture.Sample());

        var decision = _fixture.Gate(new DateOnly(2025, 12, 31)).Check("cash", new NuGetVersion(1, 0, 0), null);

        Assert.False(decision.Allowed);
        Assert.Equal("giấy phép chưa có hiệu lực, có hiệu lực từ ngày 01/01/2026 / licence not yet valid, valid from 2026-01-01", decision.Reason);
    }

    [Fact]
    public void Check_LicenceForAnotherTaxCode_DeniedNamingBothTaxCodes()
    {
        _fixture.Install(LicenceFixture.Sample(taxCode: "0312345678-001"));

        var decision = _fixture.Gate(MidTerm).Check("cash", new NuGetVersion(1, 0, 0), null);

        Assert.False(decision.Allowed);
        Assert.Equal(
            "giấy phép cấp cho MST 0312345678-001 (Công ty TNHH Minh Long), không phải MST 0101234567 của công ty này"
            + " / licence is for tax code 0312345678-001 (Công ty TNHH Minh Long), not this company's 0101234567",
            decision.Reason);
    }

    [Fact]
    public void Check_NoCompanyConfigured_TenantNotChecked()
    {
        _fixture.Install(LicenceFixture.Sample(taxCode: "0312345678"));

        var decision = _fixture.Gate(MidTerm, companyTaxCode: null).Check("cash", new NuGetVersion(1, 0, 0), null);

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Check_ModuleNotInLicence_Denied()
    {
        _fixture.Install(LicenceFixture.Sample());

        var decision = _fixture.Gate(MidTerm).Check("sales", new NuGetVersion(1, 0, 0), null);

        Assert.False(decision.Allowed);
        Assert.Equal("giấy phép không bao gồm phân hệ 'sales' / module 'sales' is not in the licence", decision.Reason);
    }

    [Fact]
    public void Check_MajorAboveLicensed_Denied()
    {
        _fixture.Install(LicenceFixture.Sample());

        var decision = _fixture.Gate(MidTerm).Check("cash", new NuGetVersion(2, 0, 0), null);

        Assert.False(decision.Allowed);
        Assert.Equal(
            "giấy phép chỉ cho phép 'cash' đến phiên bản chính 1, không gồm 2.0.0 / licence covers 'cash' up to major version 1, not 2.0.0",
            decision.Reason);
    }

    [Fact]
    public void Check_ManifestLicenceFeature_CheckedInsteadOfModuleId()
    {
        _fixture.Install(LicenceFixture.Sample());
        var gate = _fixture.Gate(MidTerm);

        var allowed = gate.Check("cash-petty", new NuGetVersion(1, 0, 0), "cash");
        var denied = gate.Check("reports", new NuGetVersion(1, 0, 0), "tax");

        Assert.True(allowed.Allowed);
        Assert.Contains("licensed 'cash'", allowed.Reason);
        Assert.False(denied.Allowed);
        Assert.Equal("giấy phép không bao gồm phân hệ 'tax' / module 'tax' is not in the licence", denied.Reason);
    }

    [Fact]
    public void Check_NoLicenceFile_DeniedNotInstalled()
    {
        var gate = _fixture.Gate(MidTerm);

        var decision = gate.Check("cash", new NuGetVersion(1, 0, 0), null);

        Assert.False(decision.Allowed);
        Assert.Equal("chưa cài giấy phép / no licence installed", decision.Reason);
        Assert.Equal(LicenceStatus.NotInstalled, gate.Current.Status);
    }

    [Fact]
    public void Check_GarbageFile_DeniedUnreadableWithoutThrowing()
    {
        File.WriteAllText(_fixture.LicencePath, "this is not { json");

        var decision = _fixture.Gate(MidTerm).Check("cash", new NuGetVersion(1, 0, 0), null);

        Assert.False(decision.Allowed);
        Assert.StartsWith("tệp giấy phép không phải JSON hợp lệ / the licence file is not valid JSON", decision.Reason);
    }

    [Fact]
    public void Check_SignedByDevelopmentKey_OnlyWhenDevelopmentKeysAllowed()
    {
        var devPrivate = File.ReadAllText(Path.Combine(RepoRoot(), "build", "keys", "dev-signing-key.pem"));
        File.WriteAllText(_fixture.LicencePath, LicenceIssuer.Issue(LicenceFixture.Sample(), devPrivate).ToJson());
        var production = new LicensingOptions { LicenceFilePath = _fixture.LicencePath };
        var development = new LicensingOptions { LicenceFilePath = _fixture.LicencePath, AllowDevelopmentKeys = true };

        var refused = new LicenceGate(production, new FixedTime(MidTerm)).Check("cash", new NuGetVersion(1, 0, 0), null);
        var accepted = new LicenceGate(development, new FixedTime(MidTerm)).Check("cash", new NuGetVersion(1, 0, 0), null);

        Assert.False(refused.Allowed);
        Assert.Contains("licence signature invalid: signed by unknown key", refused.Reason);
        Assert.True(accepted.Allowed, accepted.Reason);
    }

    [Fact]
    public void Reload_LicenceInstalledLater_GateSeesIt()
    {
        var gate = _fixture.Gate(MidTerm);
        Assert.False(gate.Check("cash", new NuGetVersion(1, 0, 0), null).Allowed);
        _fixture.Install(LicenceFixture.Sample());

        gate.Reload();

        Assert.True(gate.Check("cash", new NuGetVersion(1, 0, 0), null).Allowed);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AmisModular.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
