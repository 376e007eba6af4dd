namespace AmisModular.Sync.Protocol;

/// <summary>The paths of protocol v1, relative to the cloud's base address.</summary>
public static class SyncRoutes
{
    public const int ProtocolVersion = 1;

    public const string Hello = "sync/v1/hello";

    public const string Devices = "sync/v1/devices";

    /// <summary>POST: device credential → short-lived access token.</summary>
    public const string Token = "sync/v1/token";

    public const string Push = "sync/v1/push";

    public const string Changes = "sync/v1/changes";

    /// <summary>POST: which of the client's documents the server lacks or holds in another version (after a restore).</summary>
    public const string Have = "sync/v1/have";

    /// <summary>
    /// DELETE: the device withdraws the enrollment it just received because its store refused it (it keeps another
    /// company): allowed only before it has pushed anything; the device row goes and its code can be used again.
    /// </summary>
    public const string DeviceSelf = "sync/v1/devices/self";

    /// <summary>POST: a new epoch of the device's outbox seq-space (after a restore).</summary>
    public const string DeviceEpoch = "sync/v1/devices/epoch";
}
