namespace AmisModular.Shell.Administration;

/// <summary>The ledger refused to move the lock date; the message says why (vi / en).</summary>
public sealed class PeriodLockRefusedException : Exception
{
    public PeriodLockRefusedException()
    {
    }

    public PeriodLockRefusedException(string message)
        : base(message)
    {
    }

    public PeriodLockRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
