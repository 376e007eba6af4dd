using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using AmisModular.Benchmarks.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// The physical part of a snapshot bootstrap, as a floor: one HTTP GET over loopback of a static file holding the very
/// bytes the cloud served (its snapshot file), from a bare Kestrel on 127.0.0.1 to a plain HttpClient, the SHA-256
/// computed while reading and checked at the end, the bytes written to a new file on disk and flushed. No manifest, no
/// chunk bookkeeping, no install: how much of the bootstrap the transfer alone costs on this machine. The connection
/// is opened by a first small request, as the product's downloader finds it open after asking for the manifest.
/// </summary>
public static class TransferFloor
{
    private const int BufferSize = 1 << 16;

    public static async Task<TimeSpan> MeasureAsync(string source, string target, CancellationToken cancellationToken)
    {
        string expected;
        await using (var stream = File.OpenRead(source))
        {
            expected = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapGet("/ping", () => "ok");
        app.MapGet("/snapshot", () => TypedResults.PhysicalFile(source, "application/gzip", enableRangeProcessing: true));
        await app.StartAsync(cancellationToken);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = new Uri(address) };
            (await http.GetAsync(new Uri("/ping", UriKind.Relative), cancellationToken)).EnsureSuccessStatusCode();
            var watch = Stopwatch.StartNew();
            var actual = await DownloadAsync(http, target, cancellationToken);
            watch.Stop();
            BenchmarkMismatchException.ThrowIfDifferent("SHA-256 of the file the transfer floor downloaded", expected, actual);
            BenchmarkMismatchException.ThrowIfDifferent("bytes the transfer floor wrote", new FileInfo(source).Length, new FileInfo(target).Length);
            return watch.Elapsed;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<string> DownloadAsync(HttpClient http, string target, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri("/snapshot", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await file.FlushAsync(cancellationToken);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
