using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AmisModular.Cloud.Tests.Infrastructure;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Auth;
using AmisModular.Sync.Protocol.Enrollment;
using AmisModular.Sync.Protocol.Pull;
using AmisModular.Sync.Protocol.Push;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Tests.Transport;

/// <summary>
/// PUSH "Content-Encoding: br|gzip" of sync-protocol.md on the wire: compressed push bodies are applied, the request
/// size limit counts decompressed bytes (a zip bomb is refused with 413 without inflating it), and change pages are
/// compressed when asked. Real Kestrel over SQLite, bytes counted next to the socket.
/// </summary>
public sealed class CompressionTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("amis-cloud-").FullName;
    private CloudNode node = null!;

    public async Task InitializeAsync() =>
        node = await CloudNode.StartAsync("Sqlite", $"Data Source={Path.Combine(directory, "cloud.db")};Pooling=False");

    public async Task DisposeAsync()
    {
        await node.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Push_CompressedBody_Applied(string encoding)
    {
        var (tenant, device, token) = await DeviceAsync(encoding == "br" ? "0100000031" : "0100000032");
        var mutations = Enumerable.Range(1, 50).Select(i => Devices.Voucher(i, tenant.CompanyId, $"Z-{i:00000}", 1000m + i)).ToList();
        var json = JsonSerializer.SerializeToUtf8Bytes(new PushRequest(device.DeviceId, 1, null, mutations), ProtocolJson.Options);
        using var http = Bearer(token);
        using var body = new ByteArrayContent(Compress(json, encoding));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        body.Headers.ContentEncoding.Add(encoding);

        var response = await http.PostAsync(SyncRoutes.Push, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var acks = (await response.Content.ReadFromJsonAsync<PushResponse>(ProtocolJson.Options))!.Acks;
        Assert.Equal(50, acks.Count(a => a.Status == AckStatus.Accepted));
        await using var db = node.Database();
        Assert.Equal(50, await db.Documents.CountAsync(d => d.BookId == tenant.BookId));
    }

    /// <summary>
    /// 1 GiB of spaces in a few kilobytes of brotli (128 MiB in ~128 KB of gzip, whose ratio tops out near 1:1000, so the
    /// whole bomb is on the wire before the server answers): refused as soon as it inflates past the size limit.
    /// </summary>
    [Theory]
    [InlineData("br", 1L << 30)]
    [InlineData("gzip", 1L << 27)]
    public async Task Push_ZipBomb_RefusedWith413WithoutInflatingIt(string encoding, long inflated)
    {
        var (_, _, token) = await DeviceAsync(encoding == "br" ? "0100000033" : "0100000034");
        var bomb = Bomb(encoding, inflated);
        using var http = Bearer(token);
        using var body = new ByteArrayContent(bomb);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        body.Headers.ContentEncoding.Add(encoding);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var response = await http.PostAsync(SyncRoutes.Push, body);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.True(bomb.Length * 100 < inflated, $"the bomb is {bomb.Length} bytes on the wire");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(allocated < 256L * 1024 * 1024, $"{allocated} bytes allocated while refusing a {inflated}-byte bomb");
    }

    [Fact]
    public async Task Changes_ThousandItemPage_BrotliAndGzipOnTheWireMuchSmallerThanPlain()
    {
        var (tenant, device, token) = await DeviceAsync("0100000035");
        var mutations = Enumerable.Range(1, 1000).Select(i => Devices.Voucher(i, tenant.CompanyId, $"P-{i:00000}", 1000m + i)).ToList();
        using (var http = Bearer(token))
        {
            (await http.PostAsJsonAsync(SyncRoutes.Push, new PushRequest(device.DeviceId, 1, null, mutations), ProtocolJson.Options)).EnsureSuccessStatusCode();
        }

        var (plain, plainBytes, plainEncoding) = await PageAsync(token, null);
        var (br, brBytes, brEncoding) = await PageAsync(token, "br");
        var (gzip, gzipBytes, gzipEncoding) = await PageAsync(token, "gzip");

        Assert.Equal((null, "br", "gzip"), (plainEncoding, brEncoding, gzipEncoding));
        Assert.Equal(plain, br);
        Assert.Equal(plain, gzip);
        Assert.Equal(1000, JsonSerializer.Deserialize<ChangesPage>(plain, ProtocolJson.Options)!.Items.Count);
        Assert.Equal(plain.Length, plainBytes);
        Assert.True(brBytes * 3 < plainBytes, $"br {brBytes} vs plain {plainBytes}");
        Assert.True(gzipBytes * 2 < plainBytes, $"gzip {gzipBytes} vs plain {plainBytes}");
    }

    private async Task<(byte[] Body, long WireBytes, string? Encoding)> PageAsync(string token, string? acceptEncoding)
    {
        var counter = new CountingHandler();
        using var http = new HttpClient(counter) { BaseAddress = node.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{SyncRoutes.Changes}?after=0&limit=1000");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(acceptEncoding));
        }

        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        var wire = await response.Content.ReadAsByteArrayAsync();
        return (encoding is null ? wire : Decompress(wire, encoding), counter.ResponseBytes, encoding);
    }

    private async Task<(TenantInfo Tenant, Sync.Protocol.Hello.DeviceIdentity Device, string AccessToken)> DeviceAsync(string taxCode)
    {
        var tenant = await node.Admin.CreateTenantAsync(taxCode, "Công ty nén", null, null, CancellationToken.None);
        EnrollResponse enrolled = await Devices.EnrollAsync(node, taxCode);
        using var http = node.Client();
        var token = await http.PostAsJsonAsync(SyncRoutes.Token, new TokenRequest(enrolled.Token), ProtocolJson.Options);
        var access = (await token.Content.ReadFromJsonAsync<TokenResponse>(ProtocolJson.Options))!.AccessToken;
        return (new TenantInfo(tenant.CompanyId, tenant.BookId), enrolled.Device, access);
    }

    private HttpClient Bearer(string token)
    {
        var http = new HttpClient { BaseAddress = node.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>A JSON-looking start followed by <paramref name="size"/> spaces, compressed in 1 MiB steps (never held whole).</summary>
    private static byte[] Bomb(string encoding, long size)
    {
        using var output = new MemoryStream();
        using (var encoder = Encoder(output, encoding))
        {
            encoder.Write(Encoding.UTF8.GetBytes("{\"deviceId\":\"" + Guid.Empty + "\",\"epoch\":1,\"mutations\":[{\"payload\":\""));
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (long written = 0; written < size; written += chunk.Length)
            {
                encoder.Write(chunk);
            }
        }

        return output.ToArray();
    }

    private static byte[] Compress(byte[] bytes, string encoding)
    {
        using var output = new MemoryStream();
        using (var encoder = Encoder(output, encoding))
        {
            encoder.Write(bytes);
        }

        return output.ToArray();
    }

    private static Stream Encoder(Stream output, string encoding) => encoding == "br"
        ? new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true)
        : new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);

    private static byte[] Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private sealed record TenantInfo(Guid CompanyId, Guid BookId);
}
