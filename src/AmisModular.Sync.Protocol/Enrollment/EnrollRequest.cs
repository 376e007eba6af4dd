namespace AmisModular.Sync.Protocol.Enrollment;

/// <summary>POST /sync/v1/devices with a one-time enrollment code issued by an administrator.</summary>
/// <param name="DeviceId">The installation's id (its outbox is keyed by it); the server registers the device under it.</param>
/// <param name="Modules">module id → schema version the client writes.</param>
public sealed record EnrollRequest(string EnrollmentCode, Guid DeviceId, string DeviceName, IReadOnlyDictionary<string, int>? Modules);
