using AmisModular.Cloud.Data;

namespace AmisModular.Cloud.Auth;

/// <summary>The authenticated device with its tenant and book: the only source of partition for a request.</summary>
public sealed record DeviceCaller(Device Device, Tenant Tenant, CloudBook Book);
