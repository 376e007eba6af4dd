using System.Security.Cryptography;

namespace AmisModular.Modularity.Security;

public static class KeyIds
{
    /// <summary>A key's id: the first 16 hex digits of SHA-256 over its SubjectPublicKeyInfo.</summary>
    public static string For(string publicKeyPem)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(publicKeyPem);
        return For(key);
    }

    public static string For(ECDsa key)
    {
        var spki = key.ExportSubjectPublicKeyInfo();
        return Convert.ToHexStringLower(SHA256.HashData(spki))[..16];
    }
}
