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
}
