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

    /// <summary>
    /// How long the cloud asked the device to wait (the Retry-After of its last 429/503), after the HTTP layer's own
    /// retries ran out; null when it did not say. The sync host runs nothing automatic before then.
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The wait a Retry-After header asks for (seconds, or a date), never negative; null without one.</summary>
    public static TimeSpan? RetryAfterOf(System.Net.Http.Headers.RetryConditionHeaderValue? header, DateTimeOffset now) =>
        header?.Delta is { } delta ? Max(delta)
        : header?.Date is { } date ? Max(date - now)
        : null;

    private static TimeSpan Max(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
}
