namespace AmisModular.Cloud.Tests.Transport;

/// <summary>Right above the socket (no automatic decompression): counts the response bytes that crossed the wire.</summary>
public sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None })
{
    public long ResponseBytes { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        ResponseBytes += (await response.Content.ReadAsByteArrayAsync(cancellationToken)).LongLength;
        return response;
    }
}
