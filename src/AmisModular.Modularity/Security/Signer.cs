using System.Security.Cryptography;

namespace AmisModular.Modularity.Security;

/// <summary>Signs content with a publisher's private key (the vendor tool and the build use this; the host never does).</summary>
public static class Signer
{
    public static DetachedSignature Sign(ReadOnlySpan<byte> content, string privateKeyPem)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(privateKeyPem);
        if (key.KeySize != 256)
        {
            throw new CryptographicException($"Expected an ECDSA P-256 key, got {key.KeySize} bits.");
        }

        var value = key.SignData(content, HashAlgorithmName.SHA256);
        return new DetachedSignature(KeyIds.For(key), DetachedSignature.EcdsaP256Sha256, Convert.ToBase64String(value));
    }

    /// <summary>Makes a new P-256 key pair as PEM strings.</summary>
    public static (string PrivateKeyPem, string PublicKeyPem) CreateKeyPair()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (key.ExportPkcs8PrivateKeyPem(), key.ExportSubjectPublicKeyInfoPem());
    }
}
