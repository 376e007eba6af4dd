using System.Collections.Concurrent;
using System.Net;

namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>
/// Next to the socket (inside the resilience handler): records every attempt with its wire bytes and encodings, and
/// can answer scripted statuses (503 with Retry-After, 408, 401...) or hang instead of passing a matching request on.
/// </summary>
public sealed class WireRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<WireExchange> exchanges = new();
    private readonly ConcurrentQueue<(string PathContains, ScriptedAnswer Answer)> script = new();

    public IReadOnlyList<WireExchange> Exchanges => [.. exchanges];

    public IReadOnlyList<WireExchange> To(string pathContains) =>
        [.. exchanges.Where(e => e.Path.Contains(pathContains, StringComparison.Ordinal))];

    /// <summary>The next requests whose path contains <paramref name="pathContains"/> get these answers, in order.</summary>
    public void Script(string pathContains, params ScriptedAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            script.Enqueue((pathContains, answer));
        }
    }

    public void Clear() => exchanges.Clear();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var at = DateTimeOffset.UtcNow;
        var path = request.RequestUri!.PathAndQuery;
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var encoding = request.Content?.Headers.ContentEncoding.FirstOrDefault();
        var bearer = request.Headers.Authorization?.Parameter;
        if (script.TryPeek(out var next) && path.Contains(next.PathContains, StringComparison.Ordinal) && script.TryDequeue(out next))
        {
            exchanges.Enqueue(new WireExchange(at, request.Method.Method, path, bearer, encoding, body, next.Answer.Status, null, 0, Scripted: true));
            if (next.Answer.Hang is { } hang)
            {
                await Task.Delay(hang, cancellationToken);
            }

            var scripted = new HttpResponseMessage((HttpStatusCode)next.Answer.Status) { RequestMessage = request, Content = new StringContent("") };
            if (next.Answer.RetryAfterSeconds is { } seconds)
            {
                scripted.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
            }

            return scripted;
        }

        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var wire = (await response.Content.ReadAsByteArrayAsync(cancellationToken)).LongLength;
        exchanges.Enqueue(new WireExchange(at, request.Method.Method, path, bearer, encoding, body, (int)response.StatusCode,
            response.Content.Headers.ContentEncoding.FirstOrDefault(), wire, Scripted: false));
        return response;
    }
}
