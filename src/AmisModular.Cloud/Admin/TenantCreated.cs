namespace AmisModular.Cloud.Admin;

public sealed record TenantCreated(Guid TenantId, string TaxCode, Guid CompanyId, Guid BookId);
