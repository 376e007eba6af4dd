namespace AmisModular.Modularity.Security;

public enum SignatureStatus
{
    Valid,
    Missing,
    Malformed,
    UnknownKey,
    UntrustedDevelopmentKey,
    Invalid,
}

/// <summary>The result of checking a signature, with a reason a person can read.</summary>
public sealed record SignatureCheck(SignatureStatus Status, string Reason, PublisherKey? Key = null)
{
    public bool IsValid => Status == SignatureStatus.Valid;
}
