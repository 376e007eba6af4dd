using AmisModular.Cloud.Licensing;
using AmisModular.Cloud.Tests.Infrastructure;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;
using AmisModular.Sync.Protocol.Push;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Cloud.Tests;

/// <summary>
/// A lapsed licence holds back the licensed modules' pushes as deferred (kept queued on the device, never parked or
/// lost) while the core ledger keeps syncing; importing a renewed licence lets the same changes through.
/// </summary>
public sealed class LicenceExpiryTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private readonly string directory = Directory.CreateTempSubdirectory("amis-cloud-").FullName;
    private readonly (string PrivateKeyPem, string PublicKeyPem) vendor = Signer.CreateKeyPair();
    private readonly ShiftedClock clock = new();
    private CloudNode node = null!;
    private Guid companyId;

    public async Task InitializeAsync()
    {
        node = await CloudNode.StartAsync("Sqlite", $"Data Source={Path.Combine(directory, "cloud.db")};Pooling=False", clock: clock,
            settings: new Dictionary<string, string?> { ["Cloud:Licensing:AdditionalVendorKeyPems:0"] = vendor.PublicKeyPem });
        companyId = (await node.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Hết Hạn", null, null, CancellationToken.None)).CompanyId;
    }

    public async Task DisposeAsync()
    {
        await node.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Push_AfterTheLicencesLastDay_CashDeferredWithTheDateCoreAccepted_RenewalLetsTheSameChangeThrough()
    {
        var today = VietnamDate.Today(clock);
        await Import(today.AddDays(1));
        var device = await Devices.EnrollAsync(node, TaxCode);
        var beforeExpiry = await Devices.PushAsync(node, device, Devices.CashPayment(1, companyId, "cash"));

        clock.Advance(TimeSpan.FromDays(3));
        var cash = Devices.CashPayment(2, companyId, "cash");
        var journal = Devices.Voucher(3, companyId, "NVK-00001", 500_000m);
        var afterExpiry = await Devices.PushAsync(node, device, cash, journal);
        var resentBeforeRenewal = await Devices.PushAsync(node, device, cash);
        await Import(today.AddDays(400));
        var afterRenewal = await Devices.PushAsync(node, device, cash, journal);

        Assert.Equal(AckStatus.Accepted, Assert.Single(beforeExpiry).Status);
        Assert.Equal([AckStatus.Deferred, AckStatus.Accepted], afterExpiry.Select(a => a.Status));
        Assert.Equal(RejectionCodes.LicenceExpired, afterExpiry[0].Error!.Code);
        Assert.True(afterExpiry[0].Error!.Retryable);
        Assert.Contains($"expired on {today.AddDays(1):yyyy-MM-dd}", afterExpiry[0].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(AckStatus.Deferred, Assert.Single(resentBeforeRenewal).Status);
        Assert.Equal([AckStatus.Accepted, AckStatus.Duplicate], afterRenewal.Select(a => a.Status));
        await using var db = node.Database();
        Assert.Equal(3, await db.Documents.CountAsync());
        Assert.Equal(today.AddDays(400), (await db.Tenants.AsNoTracking().SingleAsync()).LicenceValidUntil);
    }

    [Fact]
    public async Task Push_OnTheLicencesLastDayInVietnam_Accepted()
    {
        var today = VietnamDate.Today(clock);
        await Import(today);
        var device = await Devices.EnrollAsync(node, TaxCode);

        var acks = await Devices.PushAsync(node, device, Devices.CashPayment(1, companyId, "cash"));

        Assert.Equal(AckStatus.Accepted, Assert.Single(acks).Status);
    }

    [Fact]
    public async Task SetLicenceByHand_AfterAnImportedLicence_ModulesHaveNoEndDate()
    {
        await Import(VietnamDate.Today(clock).AddDays(1));
        await node.Services.GetRequiredService<Partitions.PartitionAdmin>().SetLicensedModulesAsync(TaxCode, "cash", CancellationToken.None);
        var device = await Devices.EnrollAsync(node, TaxCode);
        clock.Advance(TimeSpan.FromDays(3));

        var acks = await Devices.PushAsync(node, device, Devices.CashPayment(1, companyId, "cash"));

        Assert.Equal(AckStatus.Accepted, Assert.Single(acks).Status);
        await using var db = node.Database();
        var tenant = await db.Tenants.AsNoTracking().SingleAsync();
        Assert.Equal((null, (DateOnly?)null), (tenant.LicenceId, tenant.LicenceValidUntil));
    }

    private Task<LicenceImported> Import(DateOnly validUntil) =>
        node.Services.GetRequiredService<LicenceImport>().ImportAsync(TaxCode, LicenceIssuer.Issue(
            new Licence(Guid.NewGuid().ToString("N"), new DateOnly(2020, 1, 1), new Licensee("tenant-1", "Công ty TNHH Hết Hạn", TaxCode),
                "standard", [new LicensedModule("cash", 1)], 5, 5, new DateOnly(2020, 1, 1), validUntil), vendor.PrivateKeyPem).ToJson(), CancellationToken.None);
}
