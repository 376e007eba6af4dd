using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Tests.Infrastructure;

namespace AmisModular.Sync.Tests.Transport;

/// <summary>
/// RETRY rules of sync-protocol.md for the engine's HTTP pipeline: honour Retry-After on 429/503; retry 5xx, 408 and
/// timeouts; do not retry other 4xx. Scripted answers come from a handler next to the socket (inside the resilience
/// handler), the rest from a real Kestrel cloud. Waits are checked only from below (the client waited at least as long
/// as it was told), which a slow machine cannot break.
/// </summary>
public sealed class RetryPolicyTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private readonly TempDirectory temp = new();
    private CloudNode cloud = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (cloud is not null)
        {
            await cloud.DisposeAsync();
        }

        temp.Dispose();
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Retry_RetryAfterOn429And503_WaitsAsToldThenSucceeds(int status)
    {
        await using var a = await ClientAsync();
        a.Wire.Script(SyncRoutes.Hello, new ScriptedAnswer(status, RetryAfterSeconds: 2));

        await a.Get<SyncApiClient>().HelloAsync(null, CancellationToken.None);

        var attempts = a.Wire.To(SyncRoutes.Hello);
        Assert.Equal([status, 200], attempts.Select(x => x.Status));
        // The client's own backoff is 20-200 ms here: only Retry-After explains a wait of two seconds.
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(1.9), $"waited {attempts[1].At - attempts[0].At}");
    }

    /// <summary>
    /// The retries of one request run out while the cloud still says "come back later": the error carries the cloud's
    /// wait, so the sync host's next automatic run respects it instead of its own shorter backoff.
    /// </summary>
    [Fact]
    public async Task Retry_RetryAfterOnEveryAttempt_GivesUpCarryingTheServersWait()
    {
        await using var a = await ClientAsync();
        a.Wire.Script(SyncRoutes.Hello, [.. Enumerable.Repeat(new ScriptedAnswer(503, RetryAfterSeconds: 1), 4)]);

        var error = await Assert.ThrowsAsync<CloudUnreachableException>(() => a.Get<SyncApiClient>().HelloAsync(null, CancellationToken.None));

        Assert.Equal([503, 503, 503, 503], a.Wire.To(SyncRoutes.Hello).Select(x => x.Status));
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
    }

    [Fact]
    public async Task Retry_RealRateLimiter429_ClientHonoursRetryAfterAndEveryRequestSucceeds()
    {
        await using var a = await ClientAsync(requestsPerSecond: 1);
        // Warm (JIT, first database read) so the next calls come faster than the bucket refills (2 tokens, 1 per second).
        await a.Get<SyncApiClient>().HelloAsync(null, CancellationToken.None);
        a.Wire.Clear();

        for (var i = 0; i < 5; i++)
        {
            await a.Get<SyncApiClient>().HelloAsync(null, CancellationToken.None);
        }

        var attempts = a.Wire.To(SyncRoutes.Hello);
        Assert.Equal(5, attempts.Count(x => x.Status == 200));
        var limited = attempts.Select((x, i) => (x, i)).Where(p => p.x.Status == 429).ToList();
        Assert.NotEmpty(limited);
        Assert.All(limited, p => Assert.True(attempts[p.i + 1].At - p.x.At >= TimeSpan.FromSeconds(0.9), $"retried after {attempts[p.i + 1].At - p.x.At}"));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task Retry_ServerErrorsAndRequestTimeout_RetriedThenSucceed(int status)
    {
        await using var a = await ClientAsync();
        a.Wire.Script(SyncRoutes.Hello, new ScriptedAnswer(status), new ScriptedAnswer(status));

        await a.Get<SyncApiClient>().HelloAsync(null, CancellationToken.None);

        Assert.Equal([status, status, 200], a.Wire.To(SyncRoutes.Hello).Select(x => x.Status));
    }

    [Fact]
    public async Task Retry_AttemptTimesOut_RetriedThenSucceeds()
    {
        await using var a = await ClientAsync(configure: o => o.AttemptTimeout = TimeSpan.FromSeconds(1));
        a.Wire.Script(SyncRoutes.Hello, new ScriptedAnswer(200, Hang: TimeSpan.FromMinutes(5)));

        await a.Get<SyncApiClient>().HelloAsync(null, CancellationToken.None);

        var attempts = a.Wire.To(SyncRoutes.Hello);
        Assert.Equal(2, attempts.Count);
        Assert.False(attempts[1].Scripted);
        Assert.Equal(200, attempts[1].Status);
    }

    [Fact]
    public async Task Retry_ServerKeepsFailing_CloudUnreachableAfterTheConfiguredAttempts()
    {
        await using var a = await ClientAsync();
        a.Wire.Script(SyncRoutes.Hello, [.. Enumerable.Repeat(new ScriptedAnswer(503), 10)]);

        await Assert.ThrowsAsync<CloudUnreachableException>(() => a.Get<SyncApiClient>().HelloAsync(null, CancellationToken.None));

        Assert.Equal(4, a.Wire.To(SyncRoutes.Hello).Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(410)]
    [InlineData(413)]
    [InlineData(422)]
    [InlineData(426)]
    public async Task Retry_OtherClientErrors_NotRetried(int status)
    {
        await using var a = await ClientAsync();
        a.Wire.Script(SyncRoutes.Hello, new ScriptedAnswer(status));

        var error = await Assert.ThrowsAsync<SyncApiException>(() => a.Get<SyncApiClient>().HelloAsync(null, CancellationToken.None));

        Assert.Equal(status, error.Status);
        Assert.Single(a.Wire.To(SyncRoutes.Hello));
    }

    private async Task<ClientNode> ClientAsync(int requestsPerSecond = 0, Action<Engine.SyncEngineOptions>? configure = null)
    {
        cloud = await CloudNode.StartAsync("Sqlite", $"Data Source={Path.Combine(temp.Path, "cloud.db")};Pooling=False", requestsPerSecond: requestsPerSecond);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, CancellationToken.None);
        return await ClientNode.StartAsync(temp.Path, "a", cloud.Address, configure: configure);
    }
}
