using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace AmisModular.Cloud.Hosting;

/// <summary>
/// br/gzip on the wire both ways. Request bodies (pushes) are decompressed by RequestDecompression, which wraps the body
/// in a stream limited to the server's request size limit: the limit counts DECOMPRESSED bytes too, so a small
/// compressed bomb fails with 413 as soon as it inflates past the limit instead of filling memory. Responses (change
/// pages) are compressed when the client sends Accept-Encoding.
/// </summary>
public static class TransportCompression
{
    public static IServiceCollection AddTransportCompression(this IServiceCollection services)
    {
        services.AddRequestDecompression();
        services.AddResponseCompression(o =>
        {
            // Safe over TLS: no response mixes a secret with text an attacker controls (BREACH needs both).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        // Fastest (Brotli quality 1, gzip level 1), as the client compresses its pushes: on sync JSON it already sends
        // about a tenth of the bytes, and Optimal would take ~3.5× the CPU of every answer for ~12% fewer bytes, which
        // a node serving many devices pays for each change page (figures: RequestCompressionHandler.Compress).
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseTransportCompression(this IApplicationBuilder app)
    {
        app.UseResponseCompression();
        app.UseRequestDecompression();
        return app;
    }
}
