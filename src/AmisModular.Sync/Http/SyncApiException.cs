using AmisModular.Sync.Protocol.Errors;

namespace AmisModular.Sync.Http;

/// <summary>The cloud answered a protocol error (after retries where retrying made sense).</summary>
public class SyncApiException : Exception
{
    public SyncApiException(int status, SyncErrorBody? body)
        : base(body?.Message ?? $"The cloud answered HTTP {status}.")
    {
        Status = status;
        Body = body;
    }

    public SyncApiException()
    {
    }

    public SyncApiException(string message) : base(message)
    {
    }

    public SyncApiException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public int Status { get; }

    public SyncErrorBody? Body { get; }

    public string? Code => Body?.Code;
}
