using System.IO.Compression;

namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>
/// Sits between the resilience handler and the network. <see cref="DropResponses"/> makes the next N matching requests
/// reach the server (which commits) and then fail as if the connection dropped before the answer arrived.
/// </summary>
public sealed class FaultHandler : DelegatingHandler
{
    private readonly List<(HttpRequestMessage Request, int AnswersToWait)> held = [];
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

    /// <summary>
    /// The next N matching requests are held back (the client sees each one lost and retries) and reach the server
    /// only after <see cref="ReleaseHeldAfter"/> later matching requests were answered: stale requests overtaken by newer ones.
    /// </summary>
    public int HoldBack { get; set; }

    /// <summary>Matching requests answered after a request was held back before it is delivered (its answer goes nowhere).</summary>
    public int ReleaseHeldAfter { get; set; } = 1;

    /// <summary>The server's answers to the held requests delivered late (status and body), which the client never sees.</summary>
    public List<(System.Net.HttpStatusCode Status, string Body)> LateAnswers { get; } = [];

    /// <summary>Called as a matching request leaves (e.g. to kill the server while it works on it).</summary>
    public Action? OnSending { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Respond?.Invoke(request) is { } forged)
        {
            return forged;
        }

        var matching = request.RequestUri!.AbsolutePath.Contains(PathContains, StringComparison.Ordinal);
        if (matching)
        {
            OnSending?.Invoke();
        }

        if (matching && HoldBack > 0)
        {
            HoldBack--;
            held.Add((await RequestCopy.CloneAsync(request, cancellationToken), ReleaseHeldAfter));
            throw new HttpRequestException("Injected fault: the request is stuck on the way (it arrives after later ones).");
        }

        var replay = ReplayAfterAnswer > 0 && matching
            ? await RequestCopy.CloneAsync(request, cancellationToken)
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

        if (matching)
        {
            await DeliverOvertakenAsync(cancellationToken);
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

    /// <summary>One more matching request was answered: held requests whose wait is over reach the server now.</summary>
    private async Task DeliverOvertakenAsync(CancellationToken cancellationToken)
    {
        for (var n = 0; n < held.Count; n++)
        {
            held[n] = (held[n].Request, held[n].AnswersToWait - 1);
        }

        foreach (var (late, _) in held.Where(h => h.AnswersToWait <= 0).ToList())
        {
            held.RemoveAll(h => h.Request == late);
            using (late)
            {
                using var answer = await base.SendAsync(late, cancellationToken);
                LateAnswers.Add((answer.StatusCode, await ReadDecodedAsync(answer.Content, cancellationToken)));
            }
        }
    }

    /// <summary>The body as text: below the engine's decompression handler the cloud's answer is still Brotli or gzip.</summary>
    private static async Task<string> ReadDecodedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var raw = await content.ReadAsStreamAsync(cancellationToken);
        await using Stream body = content.Headers.ContentEncoding.LastOrDefault() switch
        {
            "br" => new BrotliStream(raw, CompressionMode.Decompress),
            "gzip" => new GZipStream(raw, CompressionMode.Decompress),
            _ => raw,
        };
        using var reader = new StreamReader(body);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
