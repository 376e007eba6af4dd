namespace AmisModular.SyncHost.Instance;

public static class ExitCodes
{
    public const int Ok = 0;

    public const int Failed = 1;

    /// <summary>Another sync host already serves the store.</summary>
    public const int AlreadyRunning = 3;
}
