using AmisModular.Cloud.Data;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Tests.Transport;

/// <summary>
/// Scenario 14 of sync-protocol.md through the real engine: short-lived access tokens, "401 → refresh once" with the
/// same batch, a second 401 or a bad credential stops the run as Unauthorized with the queue intact, 403 at once for a
/// revoked device. Real Kestrel cloud with a movable clock, real SQLite stores.
/// </summary>
public sealed class TokenScenarioTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private readonly TempDirectory temp = new();
    private readonly ShiftedClock clock = new();
    private CloudNode cloud = null!;

    public async Task InitializeAsync()
    {
        cloud = await CloudNode.StartSqliteAsync(temp.Path, clock: clock);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thử", null, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        temp.Dispose();
    }

    /// <summary>Scenario 14: the access token expires between two requests of one run.</summary>
    [Fact]
    public async Task Scenario14_AccessTokenExpiresMidRun_ClientRefreshesOnceAndSameBatchIsAppliedExactlyOnce()
    {
        await using var a = await ClientAsync("a");
        await a.CreateVoucherAsync(100_000m);
        await a.Engine.SyncAsync(CancellationToken.None);
        var vouchers = new[] { await a.CreateVoucherAsync(200_000m), await a.CreateVoucherAsync(300_000m, post: true), await a.CreateVoucherAsync(400_000m) };
        a.Wire.Clear();
        var expired = false;
        a.Faults.OnSending = () =>
        {
            if (!expired)
            {
                // The hour passes while the batch is on its way: the cloud sees an expired token.
                clock.Advance(TimeSpan.FromMinutes(61));
                expired = true;
            }
        };

        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((3, 0), (report.Acked, report.Parked));
        var pushes = a.Wire.To(SyncRoutes.Push);
        Assert.Equal([401, 200], pushes.Select(p => p.Status));
        Assert.Equal(pushes[0].RequestBody, pushes[1].RequestBody);
        Assert.NotEqual(pushes[0].Bearer, pushes[1].Bearer);
        Assert.Single(a.Wire.To(SyncRoutes.Token), t => t.At > pushes[0].At && t.At < pushes[1].At && t.Status == 200);
        var log = await cloud.ChangeLogAsync();
        Assert.Equal(4, log.Count);
        Assert.Equal(vouchers.Select(v => v.Id), log.Skip(1).Select(c => c.DocumentId));
        var acks = await a.StateAsync(s => s.Acks.AsNoTracking().Where(x => x.Seq > 1).ToListAsync());
        Assert.All(acks, x => Assert.Equal(nameof(AckStatus.Accepted), x.Status));
        Assert.All(await a.OutboxAsync(), m => Assert.Equal(OutboxState.Acked, m.State));
    }

    /// <summary>Scenario 14: the cloud keeps answering 401 after the refresh: one refresh only, then Unauthorized.</summary>
    [Fact]
    public async Task Scenario14_SecondUnauthorizedAfterRefresh_RunStopsUnauthorizedWithQueueIntact()
    {
        await using var a = await ClientAsync("a");
        await a.CreateVoucherAsync(100_000m);
        await a.Engine.ProbeAsync(CancellationToken.None);
        a.Wire.Clear();
        a.Wire.Script(SyncRoutes.Push, new ScriptedAnswer(401), new ScriptedAnswer(401));

        var error = await Assert.ThrowsAsync<SyncApiException>(() => a.Engine.SyncAsync(CancellationToken.None));

        Assert.Equal(401, error.Status);
        Assert.Equal(2, a.Wire.To(SyncRoutes.Push).Count);
        Assert.Single(a.Wire.To(SyncRoutes.Token));
        Assert.Equal(OutboxState.Pending, Assert.Single(await a.OutboxAsync()).State);
        Assert.Empty(await cloud.ChangeLogAsync());
    }

    /// <summary>Scenario 14: a wrong credential never gets an access token; nothing is pushed and nothing is lost.</summary>
    [Fact]
    public async Task Scenario14_BadCredential_UnauthorizedQueueIntactAndProbeSaysUnauthorized()
    {
        await using var a = await ClientAsync("a");
        await a.CreateVoucherAsync(100_000m);
        await using (var unit = await a.Store.BeginAsync(CancellationToken.None))
        {
            var credential = await unit.Context<SyncStateDbContext>().Credentials.SingleAsync();
            credential.Token = credential.Token[..^6] + "XXXXXX";
            await unit.CommitAsync(CancellationToken.None);
        }

        var error = await Assert.ThrowsAsync<SyncApiException>(() => a.Engine.SyncAsync(CancellationToken.None));

        Assert.Equal((401, SyncErrorCodes.Unauthorized), (error.Status, error.Code));
        Assert.Empty(a.Wire.To(SyncRoutes.Push));
        Assert.Equal(OutboxState.Pending, Assert.Single(await a.OutboxAsync()).State);
        Assert.Empty(await cloud.ChangeLogAsync());
        Assert.Equal(Engine.ConnectivityState.Unauthorized, await a.Engine.ProbeAsync(CancellationToken.None));
    }

    /// <summary>Scenario 14: a token issued before the revocation is refused at once with 403, not when it expires.</summary>
    [Fact]
    public async Task Scenario14_TokenFromBeforeRevocation_403AtOnceWithoutRefreshAndQueueIntact()
    {
        await using var a = await ClientAsync("a");
        await a.Engine.SyncAsync(CancellationToken.None);
        await a.CreateVoucherAsync(100_000m);
        await cloud.Admin.RevokeDeviceAsync(a.DeviceId, CancellationToken.None);
        a.Wire.Clear();

        var error = await Assert.ThrowsAsync<SyncApiException>(() => a.Engine.SyncAsync(CancellationToken.None));

        Assert.Equal((403, SyncErrorCodes.DeviceRevoked), (error.Status, error.Code));
        // The run's first authenticated request (the hello that checks the server epoch) is refused; nothing is pushed.
        Assert.Equal([403], a.Wire.Exchanges.Where(e => e.Bearer is not null).Select(e => e.Status));
        Assert.Empty(a.Wire.To(SyncRoutes.Push));
        Assert.Empty(a.Wire.To(SyncRoutes.Token));
        Assert.Equal(OutboxState.Pending, Assert.Single(await a.OutboxAsync()).State);
        Assert.Empty(await cloud.ChangeLogAsync());
    }

    /// <summary>The credential travels only to /token; every other request carries the short-lived access token.</summary>
    [Fact]
    public async Task Scenario14_SyncRun_CredentialSentOnlyToTokenEndpoint()
    {
        await using var a = await ClientAsync("a");
        await a.CreateVoucherAsync(100_000m);
        var credential = (await a.Engine.CredentialAsync(CancellationToken.None))!;

        await a.Engine.SyncAsync(CancellationToken.None);

        var authorized = a.Wire.Exchanges.Where(e => e.Bearer is not null).ToList();
        Assert.NotEmpty(authorized);
        Assert.All(authorized, e => Assert.StartsWith("amt1.", e.Bearer, StringComparison.Ordinal));
        Assert.DoesNotContain(authorized, e => e.Bearer == credential.Token);
        Assert.Single(a.Wire.To(SyncRoutes.Token));
    }

    private async Task<ClientNode> ClientAsync(string name)
    {
        var client = await ClientNode.StartAsync(temp.Path, name, cloud.Address);
        await client.EnrollAsync(cloud, TaxCode);
        return client;
    }
}
