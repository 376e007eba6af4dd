namespace AmisModular.Sync.Tests.Chaos;

/// <summary>A chaos run broke an invariant; the message carries the seed and the operation mix.</summary>
public sealed class ChaosFailureException : Exception
{
    public ChaosFailureException()
    {
    }

    public ChaosFailureException(string message) : base(message)
    {
    }

    public ChaosFailureException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
