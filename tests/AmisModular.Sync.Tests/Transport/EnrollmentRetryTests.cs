using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Tests.Transport;

/// <summary>
/// RETRY rules of sync-protocol.md applied to enrollment (POST /sync/v1/devices): a lost answer must not burn the
/// one-time code. The same installation retrying the same code gets its device back; another installation does not.
/// </summary>
public sealed class EnrollmentRetryTests : IAsyncLifetime
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

    [Fact]
    public async Task Enroll_AnswerLostOnce_PipelineRetriesSameCodeAndOneDeviceSyncs()
    {
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address);
        a.Faults.PathContains = SyncRoutes.Devices;
        a.Faults.DropResponses = 1;

        await a.EnrollAsync(cloud, TaxCode);
        var voucher = await a.CreateVoucherAsync(500_000m);
        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(2, a.Faults.Sent);
        Assert.Equal(1, report.Acked);
        Assert.Equal(a.DeviceId, Assert.Single(await cloud.ReadAsync(db => db.Devices.AsNoTracking().ToListAsync())).Id);
        Assert.Equal(voucher.Id, Assert.Single(await cloud.ChangeLogAsync()).DocumentId);
    }

    /// <summary>
    /// A replaying proxy delivers the enroll request twice: the second delivery rotates the secret, so the answer the
    /// client got holds a dead one. The engine checks the credential it received and enrolls again with the same code.
    /// </summary>
    [Fact]
    public async Task Enroll_RequestReplayedAfterTheAnswer_EngineNoticesTheDeadSecretAndEndsWithAWorkingOne()
    {
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address);
        a.Faults.PathContains = SyncRoutes.Devices;
        a.Faults.ReplayAfterAnswer = 1;

        await a.EnrollAsync(cloud, TaxCode);
        await a.CreateVoucherAsync(500_000m);
        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(2, a.Faults.Sent); // the answered (and replayed) request, then the engine's second enrollment
        Assert.Equal(1, report.Acked);
        Assert.Equal(a.DeviceId, Assert.Single(await cloud.ReadAsync(db => db.Devices.AsNoTracking().ToListAsync())).Id);
    }

    [Fact]
    public async Task Enroll_EveryAnswerLostThenUserRetriesSameCode_EnrolledOnceAndOldSecretIsDead()
    {
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address);
        var code = await cloud.Admin.IssueEnrollmentCodeAsync(TaxCode, null, TimeSpan.FromHours(1), CancellationToken.None);
        a.Faults.PathContains = SyncRoutes.Devices;
        a.Faults.DropResponses = 100;
        await Assert.ThrowsAsync<CloudUnreachableException>(() => a.EnrollWithCodeAsync(code.Code, TaxCode));
        var lostSecretHash = await cloud.ReadAsync(db => db.Devices.AsNoTracking().Select(d => d.SecretHash).SingleAsync());

        a.Faults.DropResponses = 0;
        await a.EnrollWithCodeAsync(code.Code, TaxCode);
        await a.CreateVoucherAsync(700_000m, post: true);
        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal(1, report.Acked);
        var device = Assert.Single(await cloud.ReadAsync(db => db.Devices.AsNoTracking().ToListAsync()));
        Assert.Equal(a.DeviceId, device.Id);
        Assert.NotEqual(lostSecretHash, device.SecretHash);
        Assert.Single(await cloud.ChangeLogAsync());
    }

    [Fact]
    public async Task Enroll_SameCodeFromAnotherInstallation_StillRefusedAndFirstDeviceKeepsWorking()
    {
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address);
        await using var b = await ClientNode.StartAsync(temp.Path, "b", cloud.Address);
        var code = await cloud.Admin.IssueEnrollmentCodeAsync(TaxCode, null, TimeSpan.FromHours(1), CancellationToken.None);
        await a.EnrollWithCodeAsync(code.Code, TaxCode);

        var error = await Assert.ThrowsAsync<SyncApiException>(() => b.Engine.EnrollAsync(code.Code, "thief", CancellationToken.None));
        await a.CreateVoucherAsync(100_000m);
        var report = await a.Engine.SyncAsync(CancellationToken.None);

        Assert.Equal((400, SyncErrorCodes.InvalidEnrollmentCode), (error.Status, error.Code));
        Assert.Null(await b.Engine.CredentialAsync(CancellationToken.None));
        Assert.Equal(a.DeviceId, Assert.Single(await cloud.ReadAsync(db => db.Devices.AsNoTracking().ToListAsync())).Id);
        Assert.Equal(1, report.Acked);
    }
}
