namespace AmisModular.Sync.Protocol.Hello;

/// <summary>Who the credential says the caller is: the only source of tenant, book and branch.</summary>
public sealed record DeviceIdentity(Guid DeviceId, int Epoch, string TenantTaxCode, Guid CompanyId, Guid BookId, string? Branch, string Series, long LastSeq);
