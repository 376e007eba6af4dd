using AmisModular.Sync.Protocol.Hello;

namespace AmisModular.Sync.Protocol.Enrollment;

/// <summary>The credential: <see cref="Token"/> is shown once (the server keeps only its hash).</summary>
public sealed record EnrollResponse(DeviceIdentity Device, string Token, string ServerEpoch);
