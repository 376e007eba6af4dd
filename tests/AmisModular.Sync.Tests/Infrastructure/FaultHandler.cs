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

        var response = await base.SendAsync(request, cancellationToken);
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
}
