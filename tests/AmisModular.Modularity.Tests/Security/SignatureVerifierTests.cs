using System.Text;
using AmisModular.Modularity.Security;

namespace AmisModular.Modularity.Tests.Security;

public sealed class SignatureVerifierTests
{
    private static readonly byte[] Content = Encoding.UTF8.GetBytes("{\"id\":\"cash\"}");

    [Fact]
    public void Verify_SignedByTrustedKey_Valid()
    {
        var (privatePem, publicPem) = Signer.CreateKeyPair();
        var verifier = new SignatureVerifier([PublisherKey.FromPem(publicPem)], allowDevelopmentKeys: false);

        var check = verifier.Verify(Content, Signer.Sign(Content, privatePem));

        Assert.Equal(SignatureStatus.Valid, check.Status);
    }

    [Fact]
    public void Verify_ContentChangedAfterSigning_Invalid()
    {
        var (privatePem, publicPem) = Signer.CreateKeyPair();
        var verifier = new SignatureVerifier([PublisherKey.FromPem(publicPem)], allowDevelopmentKeys: false);
        var signature = Signer.Sign(Content, privatePem);

        var check = verifier.Verify(Encoding.UTF8.GetBytes("{\"id\":\"bank\"}"), signature);

        Assert.Equal(SignatureStatus.Invalid, check.Status);
        Assert.Contains("does not match", check.Reason);
    }

    [Fact]
    public void Verify_SignedByAnotherKey_UnknownKey()
    {
        var (_, trustedPublic) = Signer.CreateKeyPair();
        var (strangerPrivate, _) = Signer.CreateKeyPair();
        var verifier = new SignatureVerifier([PublisherKey.FromPem(trustedPublic)], allowDevelopmentKeys: false);

        var check = verifier.Verify(Content, Signer.Sign(Content, strangerPrivate));

        Assert.Equal(SignatureStatus.UnknownKey, check.Status);
    }

    [Fact]
    public void Verify_DevelopmentKeyInProduction_Refused()
    {
        var (privatePem, publicPem) = Signer.CreateKeyPair();
        var verifier = new SignatureVerifier([PublisherKey.FromPem(publicPem, developmentOnly: true)], allowDevelopmentKeys: false);

        var check = verifier.Verify(Content, Signer.Sign(Content, privatePem));

        Assert.Equal(SignatureStatus.UntrustedDevelopmentKey, check.Status);
    }

    [Fact]
    public void Verify_NoSignature_Missing()
    {
        var verifier = new SignatureVerifier([], allowDevelopmentKeys: true);

        Assert.Equal(SignatureStatus.Missing, verifier.Verify(Content, null).Status);
    }
}
