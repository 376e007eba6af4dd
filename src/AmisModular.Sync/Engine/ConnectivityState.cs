namespace AmisModular.Sync.Engine;

public enum ConnectivityState
{
    /// <summary>The hello probe succeeded with our credential.</summary>
    Online,

    /// <summary>No network interface is up.</summary>
    Offline,

    /// <summary>The network is up but the cloud does not answer (or answers 5xx).</summary>
    CloudUnreachable,

    /// <summary>The cloud refused the credential (401) or the device was revoked (403).</summary>
    Unauthorized,
}
