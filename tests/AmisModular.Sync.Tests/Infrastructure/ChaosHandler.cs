namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>
/// Between the engine's resilience handler and the socket: drops requests, drops responses after the server
/// committed, delays, and delivers duplicates concurrently, as <see cref="ChaosNetwork"/> decides.
/// </summary>
public sealed class ChaosHandler(ChaosNetwork network) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        switch (network.Next())
        {
            case ChaosFault.DropRequest:
                throw new HttpRequestException("Injected fault: the request was lost on the way.");
            case ChaosFault.DropResponse:
                using (var lost = await base.SendAsync(request, cancellationToken))
                {
                    await lost.Content.LoadIntoBufferAsync(cancellationToken);
                }

                throw new HttpRequestException("Injected fault: the connection dropped after the server answered.");
            case ChaosFault.Delay:
                await Task.Delay(network.NextDelayMilliseconds(), cancellationToken);
                return await base.SendAsync(request, cancellationToken);
            case ChaosFault.Duplicate:
                using (var copy = await CloneAsync(request, cancellationToken))
                {
                    var first = base.SendAsync(request, cancellationToken);
                    var second = base.SendAsync(copy, cancellationToken);
                    await Task.WhenAll(first, second);
                    (await second).Dispose();
                    return await first;
                }

            default:
                return await base.SendAsync(request, cancellationToken);
        }
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
            copy.Content = new ByteArrayContent(await request.Content.ReadAsByteArrayAsync(cancellationToken));
            foreach (var header in request.Content.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return copy;
    }
}
