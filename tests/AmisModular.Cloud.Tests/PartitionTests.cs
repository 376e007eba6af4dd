using System.Net;
using System.Net.Http.Json;
using AmisModular.Cloud.Tests.Infrastructure;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Pull;
using AmisModular.Sync.Protocol.Push;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Tests;

/// <summary>A device of one company can never read or write another company's data, whatever the body says.</summary>
public sealed class PartitionTests : IAsyncLifetime
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

    [Fact]
    public async Task Push_CraftedBodiesForAnotherTenant_AreRefusedAndNothingLeaks()
    {
        var x = await node.Admin.CreateTenantAsync("0100000001", "Công ty X", null, null, CancellationToken.None);
        var y = await node.Admin.CreateTenantAsync("0100000002", "Công ty Y", null, null, CancellationToken.None);
        var deviceX = await Devices.EnrollAsync(node, "0100000001");
        var deviceY = await Devices.EnrollAsync(node, "0100000002");
        using var asX = node.Client(deviceX.Token);

        var otherDevice = await asX.PostAsJsonAsync(SyncRoutes.Push,
            new PushRequest(deviceY.Device.DeviceId, 1, null, [Devices.Voucher(1, y.CompanyId, "Y-1", 10m)]), ProtocolJson.Options);
        var otherBook = await asX.PostAsJsonAsync(SyncRoutes.Push,
            new PushRequest(deviceX.Device.DeviceId, 1, y.BookId, [Devices.Voucher(1, y.CompanyId, "Y-1", 10m)]), ProtocolJson.Options);
        var otherCompany = await asX.PostAsJsonAsync(SyncRoutes.Push,
            new PushRequest(deviceX.Device.DeviceId, 1, null, [Devices.Voucher(1, y.CompanyId, "Y-1", 10m)]), ProtocolJson.Options);
        var readOther = await asX.GetAsync($"{SyncRoutes.Changes}?after=0&p={y.BookId}");

        Assert.Equal(HttpStatusCode.Forbidden, otherDevice.StatusCode);
        Assert.Equal(SyncErrorCodes.PartitionMismatch, (await otherDevice.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options))!.Code);
        Assert.Equal(HttpStatusCode.Forbidden, otherBook.StatusCode);
        var ack = Assert.Single((await otherCompany.Content.ReadFromJsonAsync<PushResponse>(ProtocolJson.Options))!.Acks);
        Assert.Equal((AckStatus.Rejected, RejectionCodes.WrongCompany), (ack.Status, ack.Error!.Code));
        Assert.Equal(HttpStatusCode.Forbidden, readOther.StatusCode);
        using var asY = node.Client(deviceY.Token);
        var pageY = (await asY.GetFromJsonAsync<ChangesPage>($"{SyncRoutes.Changes}?after=0", ProtocolJson.Options))!;
        Assert.Empty(pageY.Items);
        await using var db = node.Database();
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task Push_ResendWithDifferentPayload_Is422KeyReuse()
    {
        var x = await node.Admin.CreateTenantAsync("0100000003", "Công ty Z", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000003");
        using var http = node.Client(device.Token);
        var original = Devices.Voucher(1, x.CompanyId, "Z-1", 10m);
        (await http.PostAsJsonAsync(SyncRoutes.Push, new PushRequest(device.Device.DeviceId, 1, null, [original]), ProtocolJson.Options)).EnsureSuccessStatusCode();

        var reused = await http.PostAsJsonAsync(SyncRoutes.Push,
            new PushRequest(device.Device.DeviceId, 1, null, [Devices.Voucher(1, x.CompanyId, "Z-1", 99m, original.DocumentId)]), ProtocolJson.Options);
        var wrongEpoch = await http.PostAsJsonAsync(SyncRoutes.Push, new PushRequest(device.Device.DeviceId, 7, null, [original]), ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(SyncErrorCodes.KeyReuse, (await reused.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options))!.Code);
        Assert.Equal(SyncErrorCodes.EpochMismatch, (await wrongEpoch.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options))!.Code);
    }

    [Fact]
    public async Task Push_UnbalancedUnknownTypeAndUnlicensedModule_RejectedWithReadableReasons()
    {
        var x = await node.Admin.CreateTenantAsync("0100000004", "Công ty W", null, "cash", CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000004");
        using var http = node.Client(device.Token);
        var unbalanced = Devices.Voucher(1, x.CompanyId, "W-1", 10m);
        var payload = unbalanced.Payload.Replace("\"creditAccount\":\"1121\"", "\"creditAccount\":null", StringComparison.Ordinal);
        unbalanced = unbalanced with { Payload = payload, PayloadHash = Storage.Json.CanonicalJson.Sha256Hex(payload) };
        var unknown = Devices.Voucher(2, x.CompanyId, "W-2", 10m) with { DocumentType = "core.mystery" };

        var response = await http.PostAsJsonAsync(SyncRoutes.Push, new PushRequest(device.Device.DeviceId, 1, null, [unbalanced, unknown]), ProtocolJson.Options);

        var acks = (await response.Content.ReadFromJsonAsync<PushResponse>(ProtocolJson.Options))!.Acks;
        Assert.Equal([RejectionCodes.Unbalanced, RejectionCodes.UnknownDocumentType], acks.Select(a => a.Error!.Code));
        Assert.All(acks, a => Assert.False(a.Error!.Retryable));
        Assert.Contains("Nợ", acks[0].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await http.GetFromJsonAsync<Sync.Protocol.Hello.HelloResponse>(SyncRoutes.Hello, ProtocolJson.Options))!.Device!.LastSeq);
    }

    [Fact]
    public async Task Push_CashVoucherOfUnlicensedTenant_RefusedAlsoWhenTheBodyNamesAnotherModule()
    {
        var v = await node.Admin.CreateTenantAsync("0100000005", "Công ty V", null, "reports", CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000005");
        using var http = node.Client(device.Token);
        var asCash = Devices.CashPayment(1, v.CompanyId, "cash");
        var asCore = Devices.CashPayment(2, v.CompanyId, "core");

        var response = await http.PostAsJsonAsync(SyncRoutes.Push, new PushRequest(device.Device.DeviceId, 1, null, [asCash, asCore]), ProtocolJson.Options);

        var acks = (await response.Content.ReadFromJsonAsync<PushResponse>(ProtocolJson.Options))!.Acks;
        Assert.Equal([AckStatus.Rejected, AckStatus.Rejected], acks.Select(a => a.Status));
        Assert.Equal([RejectionCodes.UnlicensedModule, RejectionCodes.UnknownDocumentType], acks.Select(a => a.Error!.Code));
        Assert.Contains("belongs to module cash, not core", acks[1].Error!.Message, StringComparison.Ordinal);
        await using var db = node.Database();
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    /// <summary>A document id names one thing for good: a later change under another type (a partner turned receipt) is refused.</summary>
    [Fact]
    public async Task Push_ExistingDocumentIdUnderAnotherType_RejectedAndTheDocumentKeepsItsType()
    {
        var w = await node.Admin.CreateTenantAsync("0100000006", "Công ty W", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000006");
        var journal = Devices.Voucher(1, w.CompanyId, "NVK-00001", 1_000m);
        Assert.Equal(AckStatus.Accepted, Assert.Single(await Devices.PushAsync(node, device, journal)).Status);

        var retyped = Assert.Single(await Devices.PushAsync(node, device, Devices.CashPayment(2, w.CompanyId, "cash", journal.DocumentId, baseVersion: 1)));

        Assert.Equal((AckStatus.Rejected, RejectionCodes.InvalidPayload), (retyped.Status, retyped.Error!.Code));
        Assert.Contains("is a core/", retyped.Error.Message, StringComparison.Ordinal);
        await using var db = node.Database();
        var stored = await db.Documents.SingleAsync();
        Assert.Equal(("core", 1L), (stored.Module, stored.Version));
    }
}
