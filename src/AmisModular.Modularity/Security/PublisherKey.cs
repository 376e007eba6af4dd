namespace AmisModular.Modularity.Security;

/// <summary>A public key the host trusts to sign modules or licences.</summary>
/// <param name="KeyId">See <see cref="KeyIds.For"/>.</param>
/// <param name="PublicKeyPem">SubjectPublicKeyInfo PEM of an ECDSA P-256 key.</param>
/// <param name="DevelopmentOnly">A key for local builds; production configuration must not trust it.</param>
public sealed record PublisherKey(string KeyId, string PublicKeyPem, bool DevelopmentOnly = false)
{
    public static PublisherKey FromPem(string publicKeyPem, bool developmentOnly = false) =>
        new(KeyIds.For(publicKeyPem), publicKeyPem, developmentOnly);
}
