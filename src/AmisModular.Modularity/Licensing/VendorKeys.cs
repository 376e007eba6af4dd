using AmisModular.Modularity.Security;

namespace AmisModular.Modularity.Licensing;

/// <summary>The public keys licences are verified with, built into the host so verification works offline.</summary>
public static class VendorKeys
{
    /// <summary>
    /// The vendor's production licence key. PLACEHOLDER: this pair was generated for the skeleton and its private half
    /// discarded, so nothing verifies against it yet; replace it with the real vendor key (private half offline, never in git).
    /// </summary>
    public const string ProductionPublicKeyPem = """
        -----BEGIN PUBLIC KEY-----
        MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEWXDABXAzDzg7pgAU746rzSBFGlvZ
        SAdEAbr4EYQPS6jQX+fIMTYB6Sal+7YaqOkt9VhZpQ4Fhlwb3f8knWJnZA==
        -----END PUBLIC KEY-----
        """;

    /// <summary>build/keys/dev-signing-key.pub.pem: trusted only with AllowDevelopmentKeys (its private key is in the repository).</summary>
    public const string DevelopmentPublicKeyPem = """
        -----BEGIN PUBLIC KEY-----
        MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAES7ohkwk19Pm3X8Aedld/LUOY1jCY
        CgyBLSzPCYuBE18FA8ScJXp3e33PrzwS2yWlRA+40lKAMoj++X6iDNhvHA==
        -----END PUBLIC KEY-----
        """;

    public static IReadOnlyList<PublisherKey> Trusted(LicensingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keys = new List<PublisherKey>();
        if (options.TrustBuiltInVendorKey)
        {
            keys.Add(PublisherKey.FromPem(ProductionPublicKeyPem));
        }

        keys.AddRange(options.AdditionalVendorKeyPems.Select(pem => PublisherKey.FromPem(pem)));
        if (options.AllowDevelopmentKeys)
        {
            keys.Add(PublisherKey.FromPem(DevelopmentPublicKeyPem, developmentOnly: true));
        }

        return keys.DistinctBy(k => k.KeyId).ToList();
    }
}
