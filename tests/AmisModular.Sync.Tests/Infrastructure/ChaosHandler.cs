namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>
/// Between the engine's resilience handler and the socket: drops requests, drops responses after the server
/// committed, delays, delivers duplicates concurrently and holds requests back to deliver them after later ones, as
/// <see cref="ChaosNetwork"/> decides.
/// </summary>
public sealed class ChaosHandler(ChaosNetwork network) : DelegatingHandler
{
    private readonly Queue<HttpRequestMessage> held = new();
    private readonly Lock gate = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var overtaken = TakeHeld();
        HttpResponseMessage response;
        try
        {
            response = await SendWithFaultAsync(request, network.Next(), cancellationToken);
        }
        catch
        {
            // Nothing overtook the held requests yet: they wait for the next answered one.
            PutBack(overtaken);
            throw;
        }

        try
        {
            await DeliverLateAsync(overtaken, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
        finally
        {
            overtaken.ForEach(r => r.Dispose());
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            TakeHeld().ForEach(r => r.Dispose());
        }

        base.Dispose(disposing);
    }

    private async Task<HttpResponseMessage> SendWithFaultAsync(HttpRequestMessage request, ChaosFault fault, CancellationToken cancellationToken)
    {
        switch (fault)
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
                using (var copy = await RequestCopy.CloneAsync(request, cancellationToken))
                {
                    var first = base.SendAsync(request, cancellationToken);
                    var second = base.SendAsync(copy, cancellationToken);
                    await Task.WhenAll(first, second);
                    (await second).Dispose();
                    return await first;
                }

            case ChaosFault.Reorder:
                var late = await RequestCopy.CloneAsync(request, cancellationToken);
                lock (gate)
                {
                    held.Enqueue(late);
                }

                throw new HttpRequestException("Injected fault: the request is stuck on the way (it arrives after a later one).");
            default:
                return await base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Held requests reach the server after the request that overtook them was answered; their answers go nowhere.</summary>
    private async Task DeliverLateAsync(List<HttpRequestMessage> overtaken, CancellationToken cancellationToken)
    {
        foreach (var late in overtaken)
        {
            try
            {
                (await base.SendAsync(late, cancellationToken)).Dispose();
            }
            catch (HttpRequestException)
            {
                // The server was down when the stale request finally arrived: it is lost, as it would be on a real link.
            }
        }
    }

    private void PutBack(List<HttpRequestMessage> overtaken)
    {
        lock (gate)
        {
            var newer = held.ToList();
            held.Clear();
            overtaken.Concat(newer).ToList().ForEach(held.Enqueue);
        }
    }

    private List<HttpRequestMessage> TakeHeld()
    {
        lock (gate)
        {
            var taken = held.ToList();
            held.Clear();
            return taken;
        }
    }
}
