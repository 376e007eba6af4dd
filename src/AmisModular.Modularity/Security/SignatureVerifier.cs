using System.Security.Cryptography;

namespace AmisModular.Modularity.Security;

/// <summary>Verifies detached signatures against the publisher keys this host is configured to trust.</summary>
public sealed class SignatureVerifier(IEnumerable<PublisherKey> trustedKeys, bool allowDevelopmentKeys)
{
    private readonly Dictionary<string, PublisherKey> _keys =
        trustedKeys.ToDictionary(k => k.KeyId, StringComparer.OrdinalIgnoreCase);

    public SignatureCheck Verify(ReadOnlySpan<byte> content, DetachedSignature? signature)
    {
        if (signature is null)
        {
            return new(SignatureStatus.Missing, "no signature / không có chữ ký");
        }

        if (signature.Algorithm != DetachedSignature.EcdsaP256Sha256)
        {
            return new(SignatureStatus.Malformed, $"unsupported signature algorithm '{signature.Algorithm}'");
        }

        if (!_keys.TryGetValue(signature.KeyId, out var key))
        {
            return new(SignatureStatus.UnknownKey, $"signed by unknown key {signature.KeyId} / khóa ký không được tin cậy");
        }

        if (key.DevelopmentOnly && !allowDevelopmentKeys)
        {
            return new(SignatureStatus.UntrustedDevelopmentKey, $"signed by development key {key.KeyId}, not trusted in production");
        }

        byte[] value;
        try
        {
            value = Convert.FromBase64String(signature.Value);
        }
        catch (FormatException)
        {
            return new(SignatureStatus.Malformed, "signature value is not base64");
        }

        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(key.PublicKeyPem);
        return ecdsa.VerifyData(content, value, HashAlgorithmName.SHA256)
            ? new(SignatureStatus.Valid, "valid", key)
            : new(SignatureStatus.Invalid, $"signature does not match the content (key {key.KeyId}) / chữ ký không khớp nội dung", key);
    }
}
