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
        using var forger = new HttpClient { BaseAddress = cloud.Address };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, SyncRoutes.Hello);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ForgedToken(Guid.NewGuid()));
            using var response = await forger.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        // A bucket holds 4 requests and refills 2 a second: twenty in a row cannot all pass from one address.
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, $"{s}"));
        // The enrolled device is not slowed by the flood from its neighbour's address: its token names its own bucket.
        var report = await a.Engine.SyncAsync(CancellationToken.None);
        Assert.Equal(0, report.Pulled);
        Assert.DoesNotContain(a.Wire.Exchanges, x => x.Status == 429);
    }

    /// <summary>An access token in the cloud's format naming <paramref name="deviceId"/>, with a signature the cloud never made.</summary>
    private static string ForgedToken(Guid deviceId)
    {
        var claims = $$"""{"deviceId":"{{deviceId}}","tenantId":"{{Guid.NewGuid()}}","bookId":"{{Guid.NewGuid()}}","epoch":1,"credentialId":"0000000000000000","issuedAt":0,"expiresAt":4102444800}""";
        return DeviceCredentials.AccessTokenPrefix + Base64Url(Encoding.UTF8.GetBytes(claims)) + "." + Base64Url(new byte[32]);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
