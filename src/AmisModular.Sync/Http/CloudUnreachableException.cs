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

    /// <summary>
    /// A 5xx, 408 or 429 the HTTP layer's retries could not get past: the status, and the cloud's Retry-After (seconds,
    /// or a date) as <see cref="RetryAfter"/>.
    /// </summary>
    public static CloudUnreachableException Answered(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return new CloudUnreachableException($"Máy chủ đồng bộ trả lỗi {status}. / The sync server answered {status}.")
        {
            RetryAfter = wait < TimeSpan.Zero ? TimeSpan.Zero : wait,
        };
    }
}
