using AmisModular.Cloud.Maintenance;
using AmisModular.Cloud.Snapshots;
using AmisModular.Cloud.Tests.Infrastructure;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Push;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Cloud.Tests;

/// <summary>
/// The node's periodic housekeeping: the change log compacted to the retention window (scenario 16's precondition,
/// without an operator running <c>admin compact</c>) and a fresh snapshot built in the background for a book that grew
/// (scenario 13, so a new device is not kept waiting for a build inside its request).
/// </summary>
public sealed class MaintenanceTests : IDisposable
{
    private const string TaxCode = "0100000077";
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task RunOnce_AfterTheRetentionWindow_CompactsTheLogRaisesTheFloorAndSnapshotsTheBook()
    {
        var clock = new ShiftedClock();
        await using var node = await StartAsync(clock, interval: "00:00:00", retentionDays: "1", snapshotAfter: "3");
        var tenant = await node.Admin.CreateTenantAsync(TaxCode, "Công ty Bảo trì", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, TaxCode);
        var (a, b) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var acks = await Devices.PushAsync(node, device,
            Devices.Voucher(1, tenant.CompanyId, "M-1", 10m, a),
            Devices.Voucher(2, tenant.CompanyId, "M-1", 11m, a, baseVersion: 1),
            Devices.Voucher(3, tenant.CompanyId, "M-2", 20m, b),
            Devices.Voucher(4, tenant.CompanyId, "M-2", 20m, b, baseVersion: 1, op: "void"));
        Assert.All(acks, ack => Assert.Equal(AckStatus.Accepted, ack.Status));
        var maintenance = node.Services.GetRequiredService<CloudMaintenance>();

        var withinWindow = await maintenance.RunOnceAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(2));
        var afterWindow = await maintenance.RunOnceAsync(CancellationToken.None);
        var again = await maintenance.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 0, 1), (withinWindow.SupersededDeleted, withinWindow.TombstonesDeleted, withinWindow.SnapshotsBuilt));
        // A's first version and B's upsert are superseded; B's void is the tombstone; A's edit is all that stays.
        Assert.Equal((2, 1, 0, 0), (afterWindow.SupersededDeleted, afterWindow.TombstonesDeleted, afterWindow.SnapshotsBuilt, afterWindow.Failures));
        Assert.Equal((0, 0, 0), (again.SupersededDeleted, again.TombstonesDeleted, again.SnapshotsBuilt));
        await using var db = node.Database();
        var left = await db.ChangeLog.AsNoTracking().Where(c => c.BookId == tenant.BookId).Select(c => c.ServerSeq).ToListAsync();
        Assert.Equal([2L], left);
        Assert.Equal(4, await db.Books.Where(b => b.Id == tenant.BookId).Select(b => b.RetentionFloor).SingleAsync());
        var snapshot = Assert.Single(await node.Services.GetRequiredService<SnapshotStore>().ListAsync(tenant.BookId, CancellationToken.None));
        Assert.Equal(4, snapshot.Cursor);
    }

    [Fact]
    public async Task Service_OnItsInterval_BuildsASnapshotForABookThatGrew()
    {
        await using var node = await StartAsync(new ShiftedClock(), interval: "00:00:00.2", retentionDays: "0", snapshotAfter: "2");
        var tenant = await node.Admin.CreateTenantAsync(TaxCode, "Công ty Bảo trì", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, TaxCode);
        await Devices.PushAsync(node, device,
            Devices.Voucher(1, tenant.CompanyId, "S-1", 10m), Devices.Voucher(2, tenant.CompanyId, "S-2", 20m));
        var store = node.Services.GetRequiredService<SnapshotStore>();

        var built = await EventuallyAsync(async () => (await store.ListAsync(tenant.BookId, CancellationToken.None)).FirstOrDefault());

        Assert.Equal(2, built.Cursor);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    private Task<CloudNode> StartAsync(ShiftedClock clock, string interval, string retentionDays, string snapshotAfter) =>
        CloudNode.StartAsync("Sqlite", $"Data Source={directory.File("cloud.db")};Pooling=False", clock: clock, settings: new Dictionary<string, string?>
        {
            ["Cloud:Maintenance:Interval"] = interval,
            ["Cloud:Maintenance:RetentionDays"] = retentionDays,
            ["Cloud:Maintenance:SnapshotAfterChanges"] = snapshotAfter,
            ["Cloud:Snapshots:Folder"] = directory.File("snapshots"),
        });

    /// <summary>Polls until the background service has done its work (the interval is 0.2 s; 30 s allows a loaded machine).</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "the maintenance service did not build the snapshot within 30 s");
            await Task.Delay(100);
        }
    }
}
