namespace AmisModular.SyncHost.Instance;

public static class ExitCodes
{
    public const int Ok = 0;

    public const int Failed = 1;

    /// <summary>The command line is wrong (a missing or bad option).</summary>
    public const int Usage = 2;

    /// <summary>Another sync host already serves the store.</summary>
    public const int AlreadyRunning = 3;
}
