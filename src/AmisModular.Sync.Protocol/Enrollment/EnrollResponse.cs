using AmisModular.Sync.Protocol.Hello;

namespace AmisModular.Sync.Protocol.Enrollment;

/// <summary>The credential: <see cref="Token"/> is shown once (the server keeps only its hash).</summary>
/// <param name="Company">
/// The tenant's company as the cloud knows it, so a fresh desktop can join it without being set up by hand; null from
/// a cloud older than this field.
/// </param>
public sealed record EnrollResponse(DeviceIdentity Device, string Token, string ServerEpoch, EnrolledCompany? Company = null);
