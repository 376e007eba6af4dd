namespace AmisModular.Modularity.Licensing;

/// <summary>Installs a licence file a user uploaded: verified first, written atomically, the old one kept until then.</summary>
public sealed class LicenceInstaller(LicensingOptions options, TimeProvider time)
{
    /// <summary>Writes <paramref name="fileJson"/> to the configured path only when it verifies; returns the verification either way.</summary>
    public LicenceVerification Install(string fileJson)
    {
        ArgumentNullException.ThrowIfNull(fileJson);
        var path = options.LicenceFilePath
            ?? throw new InvalidOperationException("Licensing:LicenceFilePath is not configured / chưa cấu hình đường dẫn giấy phép");
        var verifier = new LicenceVerifier(
            new Security.SignatureVerifier(VendorKeys.Trusted(options), options.AllowDevelopmentKeys), time);
        var verification = verifier.Verify(fileJson, options.CompanyTaxCode);
        if (!verification.IsValid)
        {
            return verification;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".new";
        File.WriteAllText(temporary, fileJson);
        File.Move(temporary, path, overwrite: true);
        return verification;
    }
}
