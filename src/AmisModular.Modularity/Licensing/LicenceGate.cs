using AmisModular.Modularity.Gating;
using AmisModular.Modularity.Security;
using NuGet.Versioning;

namespace AmisModular.Modularity.Licensing;

/// <summary>
/// Answers from the installed licence whether a module version may start. Never throws: a missing, tampered,
/// expired or foreign licence makes every module NotLicensed with the reason.
/// </summary>
public sealed class LicenceGate : ILicenceGate
{
    private readonly LicensingOptions _options;
    private readonly LicenceVerifier _verifier;
    private Lazy<LicenceVerification> _current;

    public LicenceGate(LicensingOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _verifier = new LicenceVerifier(new SignatureVerifier(VendorKeys.Trusted(options), options.AllowDevelopmentKeys), time);
        _current = new Lazy<LicenceVerification>(Load);
    }

    /// <summary>The licence as read at first use (or the last <see cref="Reload"/>): for `amis licence show`.</summary>
    public LicenceVerification Current => _current.Value;

    /// <summary>Reads the licence file again, e.g. after a new one was installed. Modules already started keep running.</summary>
    public void Reload() => _current = new Lazy<LicenceVerification>(Load);

    public ModuleGateDecision Check(string moduleId, NuGetVersion version, string? licenceFeature)
    {
        ArgumentNullException.ThrowIfNull(version);
        var current = Current;
        if (!current.IsValid || current.Licence is null)
        {
            return ModuleGateDecision.Deny(current.Reason);
        }

        var feature = string.IsNullOrWhiteSpace(licenceFeature) ? moduleId : licenceFeature;
        var licensed = current.Licence.FindModule(feature);
        if (licensed is null)
        {
            return ModuleGateDecision.Deny(
                $"giấy phép không bao gồm phân hệ '{feature}' / module '{feature}' is not in the licence");
        }

        if (version.Major > licensed.MaxMajor)
        {
            return ModuleGateDecision.Deny(
                $"giấy phép chỉ cho phép '{feature}' đến phiên bản chính {licensed.MaxMajor}, không gồm {version}"
                + $" / licence covers '{feature}' up to major version {licensed.MaxMajor}, not {version}");
        }

        var until = current.Licence.ValidUntil;
        return ModuleGateDecision.Allow(
            $"được cấp phép '{feature}' đến phiên bản chính {licensed.MaxMajor}, hết hạn {LicenceVerifier.Vi(until)}"
            + $" / licensed '{feature}' up to major version {licensed.MaxMajor}, until {LicenceVerifier.En(until)}");
    }

    private LicenceVerification Load()
    {
        var path = _options.LicenceFilePath;
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            return new(LicenceStatus.NotInstalled, "chưa cài giấy phép / no licence installed");
        }

        try
        {
            return _verifier.Verify(File.ReadAllText(path), _options.CompanyTaxCode);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(LicenceStatus.Unreadable, $"không đọc được tệp giấy phép / cannot read the licence file {path}: {e.Message}");
        }
    }
}
