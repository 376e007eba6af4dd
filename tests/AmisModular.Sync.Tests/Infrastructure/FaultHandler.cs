namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>
/// Sits between the resilience handler and the network. <see cref="DropResponses"/> makes the next N matching requests
/// reach the server (which commits) and then fail as if the connection dropped before the answer arrived.
/// </summary>
public sealed class FaultHandler : DelegatingHandler
{
    private int dropResponses;

    public string PathContains { get; set; } = "push";

    public int Sent { get; private set; }

    /// <summary>Matching requests to let through untouched before the drops start.</summary>
    public int PassFirst { get; set; }

    public int DropResponses
    {
        get => dropResponses;
        set => dropResponses = value;
    }

    /// <summary>A forged answer: when it returns a response, the request never reaches the server (a hostile proxy).</summary>
    public Func<HttpRequestMessage, HttpResponseMessage?>? Respond { get; set; }

    /// <summary>
    /// The next N matching requests are delivered twice, as a replaying proxy does: the copy reaches the server after
    /// the original was answered, and the client gets the original's (now stale) answer.
    /// </summary>
    public int ReplayAfterAnswer { get; set; }

    /// <summary>Called as a matching request leaves (e.g. to kill the server while it works on it).</summary>
    public Action? OnSending { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Respond?.Invoke(request) is { } forged)
        {
            return forged;
        }

        if (request.RequestUri!.AbsolutePath.Contains(PathContains, StringComparison.Ordinal))
        {
            OnSending?.Invoke();
        }

        var replay = ReplayAfterAnswer > 0 && request.RequestUri!.AbsolutePath.Contains(PathContains, StringComparison.Ordinal)
            ? await CloneAsync(request, cancellationToken)
            : null;
        var response = await base.SendAsync(request, cancellationToken);
        if (replay is not null)
        {
            ReplayAfterAnswer--;
            using (replay)
            {
                (await base.SendAsync(replay, cancellationToken)).Dispose();
            }
        }

        if (request.RequestUri!.AbsolutePath.Contains(PathContains, StringComparison.Ordinal))
        {
            Sent++;
            if (Sent > PassFirst && dropResponses > 0)
            {
                dropResponses--;
                response.Dispose();
                throw new HttpRequestException("Injected fault: connection reset after the server committed.");
            }
        }

        return response;
    }

    private static async Task<HttpRequestMessage> CloneAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri);
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (request.Content is not null)
        {
            var body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
            copy.Content = new ByteArrayContent(body);
            foreach (var header in request.Content.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return copy;
    }
}
