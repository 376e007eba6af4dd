namespace AmisModular.SyncHost.Control;

/// <summary>Where a snapshot bootstrap (new device, expired cursor) is.</summary>
public enum BootstrapPhase
{
    Download,
    Install,

    /// <summary>Removing local documents the server no longer has.</summary>
    Reconcile,
}
