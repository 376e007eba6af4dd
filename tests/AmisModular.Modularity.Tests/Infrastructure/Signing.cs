namespace AmisModular.Modularity.Tests.Infrastructure;

public enum Signing
{
    TrustedKey,
    NoSignature,
    UnknownKey,
}
