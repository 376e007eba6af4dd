using System.Net;
using System.Net.Http.Json;
using AmisModular.Cloud.Tests.Infrastructure;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Enrollment;
using AmisModular.Sync.Protocol.Errors;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Tests;

/// <summary>DELETE devices/self: a device gives back an enrollment its store refused, but never once it has synced.</summary>
public sealed class EnrollmentWithdrawalTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private readonly string directory = Directory.CreateTempSubdirectory("amis-cloud-").FullName;
    private CloudNode node = null!;
    private Guid companyId;

    public async Task InitializeAsync()
    {
        node = await CloudNode.StartAsync("Sqlite", $"Data Source={Path.Combine(directory, "cloud.db")};Pooling=False");
        companyId = (await node.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Rút Đăng Ký", null, null, CancellationToken.None)).CompanyId;
    }

    public async Task DisposeAsync()
    {
        await node.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Withdraw_FreshDevice_DeviceGoneCodeReleased_DeviceThatPushedRefused409()
    {
        var fresh = await Devices.EnrollAsync(node, TaxCode);
        var pushed = await Devices.EnrollAsync(node, TaxCode);
        await Devices.PushAsync(node, pushed, Devices.Voucher(1, companyId, "NVK-00001", 1_000m));

        using var asFresh = node.Client(fresh.Token);
        using var freshAnswer = await asFresh.DeleteAsync(SyncRoutes.DeviceSelf);
        using var asPushed = node.Client(pushed.Token);
        using var pushedAnswer = await asPushed.DeleteAsync(SyncRoutes.DeviceSelf);

        Assert.Equal(HttpStatusCode.OK, freshAnswer.StatusCode);
        Assert.Equal(new EnrollmentWithdrawn(fresh.Device.DeviceId, true), await freshAnswer.Content.ReadFromJsonAsync<EnrollmentWithdrawn>(ProtocolJson.Options));
        Assert.Equal(HttpStatusCode.Conflict, pushedAnswer.StatusCode);
        Assert.Equal(SyncErrorCodes.DeviceInUse, (await pushedAnswer.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options))!.Code);
        await using var db = node.Database();
        Assert.Equal([pushed.Device.DeviceId], await db.Devices.Select(d => d.Id).ToListAsync());
        Assert.Equal(1, await db.EnrollmentCodes.CountAsync(c => c.UsedAt == null));
    }

    /// <summary>
    /// A withdrawn device's row is gone, so the tenant's device count goes down: the next enrollment must not take a
    /// series still in use (the unique index made it a 500, and every enrollment after it too).
    /// </summary>
    [Fact]
    public async Task Enroll_AfterAnEarlierDeviceWithdrew_GetsASeriesNotInUse()
    {
        var first = await Devices.EnrollAsync(node, TaxCode);
        var second = await Devices.EnrollAsync(node, TaxCode);
        using (var asFirst = node.Client(first.Token))
        using (var withdrawn = await asFirst.DeleteAsync(SyncRoutes.DeviceSelf))
        {
            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        }

        var third = await Devices.EnrollAsync(node, TaxCode);
        var fourth = await Devices.EnrollAsync(node, TaxCode);

        string[] series = [second.Device.Series, third.Device.Series, fourth.Device.Series];
        Assert.Equal(series.Length, series.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(("D1", "D2"), (first.Device.Series, second.Device.Series));
    }

    [Fact]
    public async Task Enroll_DeviceNameLongerThanTheColumn_400NamesTheField()
    {
        var code = await node.Admin.IssueEnrollmentCodeAsync(TaxCode, null, TimeSpan.FromHours(1), CancellationToken.None);
        using var http = node.Client();

        using var response = await http.PostAsJsonAsync(SyncRoutes.Devices, new EnrollRequest(code.Code, Guid.CreateVersion7(), new string('m', 101), null), ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("deviceName is longer than 100", (await response.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options))!.Message, StringComparison.Ordinal);
    }
}
