namespace AmisModular.Modularity.Licensing;

public enum LicenceStatus
{
    Valid,
    NotInstalled,
    Unreadable,
    SignatureInvalid,
    WrongTenant,
    NotYetValid,
    Expired,
}
