using System.Net;
using System.Net.Http.Json;
using System.Text;
using AmisModular.Cloud.Tests.Infrastructure;
using AmisModular.Storage.Json;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Push;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Tests;

/// <summary>
/// Malformed pushes get a clear answer naming what is wrong — never a 500, which a device would retry forever with its
/// queue stalled behind it: a malformed request is a 400, a change whose payload cannot be read is rejected
/// invalid-payload (parked on the device, the rest of its queue moves on).
/// </summary>
public sealed class PushInputTests : IAsyncLifetime
{
    private const string TaxCode = "0100000009";
    private readonly string directory = Directory.CreateTempSubdirectory("amis-cloud-").FullName;
    private CloudNode node = null!;
    private Guid companyId;

    public async Task InitializeAsync()
    {
        node = await CloudNode.StartAsync("Sqlite", $"Data Source={Path.Combine(directory, "cloud.db")};Pooling=False");
        companyId = (await node.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Dữ Liệu Hỏng", null, null, CancellationToken.None)).CompanyId;
    }

    public async Task DisposeAsync()
    {
        await node.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [InlineData("null", "'mutations' list is required")]
    [InlineData("[null]", "mutations[0] lacks")]
    [InlineData("""[{"seq":1,"module":null,"schemaVersion":1,"documentType":"core.gj","documentId":"01a20000-0000-7000-8000-000000000001","operation":"upsert","baseVersion":0,"payload":"{}","payloadHash":"x"}]""", "mutations[0] lacks")]
    public async Task Push_MalformedRequest_400NamesWhatIsMissing(string mutations, string expected)
    {
        var device = await Devices.EnrollAsync(node, TaxCode);
        using var http = node.Client(device.Token);
        var body = $$"""{"deviceId":"{{device.Device.DeviceId}}","epoch":1,"bookId":null,"mutations":{{mutations}}}""";

        using var response = await http.PostAsync(SyncRoutes.Push, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options))!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_UnreadablePayloadAndTooLongNumber_RejectedInvalidPayload_TheNextChangeStillApplies()
    {
        var device = await Devices.EnrollAsync(node, TaxCode);
        var good = Devices.Voucher(1, companyId, "NVK-00001", 1_000m);
        var nullLine = good.Payload.Replace("\"lines\":[{", "\"lines\":[null,{", StringComparison.Ordinal);
        Assert.NotEqual(good.Payload, nullLine);
        var broken = good with { Payload = nullLine, PayloadHash = CanonicalJson.Sha256Hex(nullLine) };
        var longNumber = Devices.Voucher(2, companyId, new string('9', 65), 3_000m);
        var next = Devices.Voucher(3, companyId, "NVK-00003", 4_000m);

        var acks = await Devices.PushAsync(node, device, broken, longNumber, next);

        Assert.Equal([AckStatus.Rejected, AckStatus.Rejected, AckStatus.Accepted], acks.Select(a => a.Status));
        Assert.All(acks.Take(2), a => Assert.Equal((RejectionCodes.InvalidPayload, false), (a.Error!.Code, a.Error.Retryable)));
        Assert.Contains("payload cannot be read", acks[0].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("longer than 64", acks[1].Error!.Message, StringComparison.Ordinal);
        await using var db = node.Database();
        Assert.Equal([next.DocumentId], await db.Documents.Select(d => d.DocumentId).ToListAsync());
    }
}
