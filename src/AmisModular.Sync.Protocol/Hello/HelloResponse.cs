namespace AmisModular.Sync.Protocol.Hello;

/// <summary>
/// GET /sync/v1/hello: the connectivity probe. <see cref="ServerEpoch"/> changes when the server database is
/// restored from a backup; <see cref="Device"/> is set when the caller sent a valid credential.
/// </summary>
public sealed record HelloResponse(
    string ServerEpoch,
    IReadOnlyList<int> Protocol,
    IReadOnlyDictionary<string, SchemaWindow> Modules,
    BatchLimits MaxBatch,
    long RetentionFloor,
    DateTimeOffset Now,
    DeviceIdentity? Device);
