using System.IO.Compression;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Tests.Infrastructure;

namespace AmisModular.Sync.Tests.Transport;

/// <summary>
/// PUSH "Content-Encoding: br|gzip on WAN" of sync-protocol.md through the real engine: large pushes leave compressed
/// and are applied once; a 1000-item change page comes back compressed (bytes counted next to the socket) and is
/// decompressed and applied by the engine.
/// </summary>
public sealed class CompressionScenarioTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private readonly TempDirectory temp = new();
    private CloudNode cloud = null!;

    public async Task InitializeAsync()
    {
        cloud = await CloudNode.StartSqliteAsync(temp.Path);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        temp.Dispose();
    }

    [Theory]
    [InlineData(RequestCompressionHandler.Brotli)]
    [InlineData(RequestCompressionHandler.Gzip)]
    public async Task Push_LargeBatch_SentCompressedAndAppliedOnce(string encoding)
    {
        await using var a = await ClientAsync("a", configure: o => o.RequestEncoding = encoding);
        for (var i = 0; i < 60; i++)
        {
            await a.CreateVoucherAsync(1_000m + i);
        }

        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(60, report.Acked);
        var push = Assert.Single(a.Wire.To(SyncRoutes.Push));
        Assert.Equal(encoding, push.RequestEncoding);
        var plain = Decompress(push.RequestBody!, encoding);
        Assert.True(push.RequestBody!.Length * 3 < plain.Length, $"{push.RequestBody.Length} compressed bytes for {plain.Length} plain");
        Assert.Equal(60, (await cloud.ChangeLogAsync()).Select(c => c.DocumentId).Distinct().Count());
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
    }

    [Fact]
    public async Task Push_SmallBatch_SentPlain()
    {
        await using var a = await ClientAsync("a");
        await a.CreateVoucherAsync(1_000m);

        await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Null(Assert.Single(a.Wire.To(SyncRoutes.Push)).RequestEncoding);
    }

    [Fact]
    public async Task Pull_ThousandItemPage_BrotliOnTheWireSmallerThanPlainAndApplied()
    {
        await using var a = await ClientAsync("a", pushBatch: 1000);
        await using var b = await ClientAsync("b", pageSize: 1000);
        var ids = new List<Guid>();
        for (var i = 0; i < 1000; i++)
        {
            ids.Add((await a.CreateVoucherAsync(10_000m + i)).Id);
        }

        await a.Engine.SyncAsync(CancellationToken.None);
        var report = await b.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(1000, report.Applied);
        Assert.Equal(ids.Order(), (await b.VouchersAsync()).Select(v => v.Id).Order());
        var page = b.Wire.To(SyncRoutes.Changes)[0];
        Assert.Equal(RequestCompressionHandler.Brotli, page.ResponseEncoding);
        using var plain = cloud.RawClient((await b.Engine.CredentialAsync(CancellationToken.None))!.Token);
        var uncompressed = await plain.GetByteArrayAsync($"{SyncRoutes.Changes}?after=0&limit=1000");
        Assert.True(page.ResponseBytes * 3 < uncompressed.Length, $"{page.ResponseBytes} bytes on the wire for a {uncompressed.Length}-byte page");
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == RequestCompressionHandler.Brotli ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private async Task<ClientNode> ClientAsync(string name, int pageSize = 500, int pushBatch = 500, Action<Engine.SyncEngineOptions>? configure = null)
    {
        var client = await ClientNode.StartAsync(temp.Path, name, cloud.Address, pageSize, pushBatch: pushBatch, configure: configure);
        await client.EnrollAsync(cloud, TaxCode);
        return client;
    }
}
