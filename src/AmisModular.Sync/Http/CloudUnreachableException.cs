namespace AmisModular.Sync.Http;

/// <summary>The cloud could not be reached or kept failing (network error, timeout, 5xx after every retry).</summary>
public sealed class CloudUnreachableException : Exception
{
    public CloudUnreachableException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public CloudUnreachableException()
    {
    }

    public CloudUnreachableException(string message) : base(message)
    {
    }
}
