namespace AmisModular.Cloud.Admin;

public sealed record DeviceListItem(Guid DeviceId, string Name, string? Branch, string Series, int Epoch, long LastSeq, bool Revoked, DateTimeOffset? LastSeenAt);
