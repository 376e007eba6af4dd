using System.IO.Compression;
using System.Net.Http.Headers;

namespace AmisModular.Sync.Http;

/// <summary>
/// Asks for br/gzip answers and decompresses them as they are read (streamed, never buffered whole). A handler rather
/// than SocketsHttpHandler.AutomaticDecompression so the handlers closer to the socket (fault injection, byte counters
/// in tests) see what really crossed the wire.
/// </summary>
public sealed class ResponseDecompressionHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.AcceptEncoding.Count == 0)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(RequestCompressionHandler.Brotli));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(RequestCompressionHandler.Gzip));
        }

        var response = await base.SendAsync(request, cancellationToken);
        var encodings = response.Content.Headers.ContentEncoding;
        var encoding = encodings.Count == 1 ? encodings.First().ToLowerInvariant() : null;
        if (encoding is not (RequestCompressionHandler.Brotli or RequestCompressionHandler.Gzip))
        {
            return response;
        }

        var wire = await response.Content.ReadAsStreamAsync(cancellationToken);
        Stream decoded = encoding == RequestCompressionHandler.Brotli
            ? new BrotliStream(wire, CompressionMode.Decompress)
            : new GZipStream(wire, CompressionMode.Decompress);
        var content = new StreamContent(decoded);
        foreach (var header in response.Content.Headers.Where(h => !IsEncodingHeader(h.Key)))
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = content;
        return response;
    }

    private static bool IsEncodingHeader(string name) =>
        name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase);
}
