using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Auth;
using AmisModular.Sync.Tests.Infrastructure;

namespace AmisModular.Sync.Tests.Transport;

/// <summary>
/// The cloud's rate limiter (ASP.NET Core's, a token bucket per device) against a caller that invents a device id per
/// request: only a token the cloud signed earns a device's own bucket, everything else shares its address's bucket.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private readonly TempDirectory temp = new();
    private CloudNode cloud = null!;

    public async Task InitializeAsync()
    {
        cloud = await CloudNode.StartAsync("Sqlite", $"Data Source={Path.Combine(temp.Path, "cloud.db")};Pooling=False", requestsPerSecond: 2);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task RateLimit_ForgedTokensNamingFreshDevices_ShareOneBucketAndAreThrottled_TheRealDeviceKeepsItsOwn()
    {
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address);
        await a.EnrollAsync(cloud, TaxCode);
        await a.Engine.SyncAsync(CancellationToken.None);
        var token = a.Wire.Exchanges.Last(x => x.Bearer?.StartsWith(DeviceCredentials.AccessTokenPrefix, StringComparison.Ordinal) == true).Bearer!;
        using var http = new HttpClient { BaseAddress = cloud.Address };
        // A bucket holds 4 requests and refills 2 a second: after this rest the device's own bucket is full.
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var forged = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            forged.Add(await HelloAsync(http, ForgedToken(Guid.NewGuid())));
        }

        var real = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            real.Add(await HelloAsync(http, token));
        }

        // Twenty in a row from one address cannot all pass; none of them was let in as a device.
        Assert.Contains(HttpStatusCode.TooManyRequests, forged);
        Assert.All(forged, s => Assert.True(s is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, $"{s}"));
        // The enrolled device, on the same address, is not slowed by the flood: its signed token names its own bucket.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], real);
    }

    private static async Task<HttpStatusCode> HelloAsync(HttpClient http, string bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SyncRoutes.Hello);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>An access token in the cloud's format naming <paramref name="deviceId"/>, with a signature the cloud never made.</summary>
    private static string ForgedToken(Guid deviceId)
    {
        var claims = $$"""{"deviceId":"{{deviceId}}","tenantId":"{{Guid.NewGuid()}}","bookId":"{{Guid.NewGuid()}}","epoch":1,"credentialId":"0000000000000000","issuedAt":0,"expiresAt":4102444800}""";
        return DeviceCredentials.AccessTokenPrefix + Base64Url(Encoding.UTF8.GetBytes(claims)) + "." + Base64Url(new byte[32]);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
