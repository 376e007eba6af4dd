namespace AmisModular.Sync.Engine;

/// <summary>Sync was asked for before this installation was enrolled with a one-time code.</summary>
public sealed class NotEnrolledException : Exception
{
    public NotEnrolledException() : base("Máy chưa đăng ký đồng bộ. / This installation is not enrolled for sync.")
    {
    }

    public NotEnrolledException(string message) : base(message)
    {
    }

    public NotEnrolledException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
