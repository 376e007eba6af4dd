namespace AmisModular.Sync.Protocol.Enrollment;

/// <summary>The answer to DELETE devices/self: the device is gone from the cloud and its code may enroll another store.</summary>
public sealed record EnrollmentWithdrawn(Guid DeviceId, bool CodeReleased);
