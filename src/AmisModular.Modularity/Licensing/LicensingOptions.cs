namespace AmisModular.Modularity.Licensing;

/// <summary>Where the licence is and which keys may sign it (configuration section <see cref="SectionName"/>).</summary>
public sealed class LicensingOptions
{
    public const string SectionName = "Licensing";

    /// <summary>The installed licence file; missing file = no licence installed.</summary>
    public string? LicenceFilePath { get; set; }

    /// <summary>This installation's company tax code (MST). When set, a licence for another MST is refused.</summary>
    public string? CompanyTaxCode { get; set; }

    /// <summary>Trust <see cref="VendorKeys.ProductionPublicKeyPem"/> (on by default).</summary>
    public bool TrustBuiltInVendorKey { get; set; } = true;

    /// <summary>More vendor public keys (SubjectPublicKeyInfo PEM), e.g. during a key rotation.</summary>
    public IList<string> AdditionalVendorKeyPems { get; } = [];

    /// <summary>Trust the committed development key (build/keys). Development environment only.</summary>
    public bool AllowDevelopmentKeys { get; set; }
}
