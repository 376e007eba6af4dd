namespace AmisModular.SyncHost.Control;

/// <summary>What the sync engine last learnt about reaching the cloud.</summary>
public enum Connectivity
{
    /// <summary>Nothing known yet (no engine, or no attempt so far).</summary>
    Unknown,
    Online,
    /// <summary>The machine has no network.</summary>
    Offline,
    /// <summary>The network is up but the cloud does not answer (DNS, TLS, 5xx, timeouts).</summary>
    CloudUnreachable,
    /// <summary>The cloud refused this device's credentials even after one refresh.</summary>
    Unauthorized,
}
