using System.Net.Http.Json;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Storage.Json;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Enrollment;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Tests.Infrastructure;

/// <summary>Protocol-level helpers: enroll a device over HTTP and build general journal and cash mutations by hand.</summary>
public static class Devices
{
    public static async Task<EnrollResponse> EnrollAsync(CloudNode node, string taxCode)
    {
        var code = await node.Admin.IssueEnrollmentCodeAsync(taxCode, null, TimeSpan.FromHours(1), CancellationToken.None);
        using var http = node.Client();
        var response = await http.PostAsJsonAsync(SyncRoutes.Devices, new EnrollRequest(code.Code, Guid.CreateVersion7(), "test", null), ProtocolJson.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<EnrollResponse>(ProtocolJson.Options))!;
    }

    /// <summary>Pushes the mutations as the enrolled device (epoch 1) and returns the acks; any HTTP error fails the test.</summary>
    public static async Task<IReadOnlyList<MutationAck>> PushAsync(CloudNode node, EnrollResponse device, params Mutation[] mutations)
    {
        using var http = node.Client(device.Token);
        var response = await http.PostAsJsonAsync(SyncRoutes.Push, new PushRequest(device.Device.DeviceId, 1, null, mutations), ProtocolJson.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PushResponse>(ProtocolJson.Options))!.Acks;
    }

    public static Mutation Voucher(long seq, Guid companyId, string number, decimal amount, Guid? id = null, long baseVersion = 0, string op = "upsert")
    {
        var documentId = id ?? Guid.CreateVersion7();
        var day = new DateOnly(2026, 3, 15);
        var payload = CanonicalJson.Serialize(new GeneralJournalPayload(documentId, companyId, null, BookSet.Tax, number, null, day, day, "Thử",
            DocumentStatus.Draft, baseVersion + 1, null, [new GeneralJournalPayloadLine(1, "1111", "1121", amount, null, null, null)]));
        return new Mutation(seq, "core", 1, GeneralJournalVoucher.Type, documentId, op, baseVersion, number, payload, CanonicalJson.Sha256Hex(payload));
    }

    /// <summary>A well-formed phiếu chi of the company, filed under <paramref name="module"/> (a crafted body names "core").</summary>
    public static Mutation CashPayment(long seq, Guid companyId, string module, Guid? documentId = null, long baseVersion = 0)
    {
        var id = documentId ?? Guid.CreateVersion7();
        var payload = CanonicalJson.Serialize(new
        {
            Id = id, CompanyId = companyId, Books = BookSet.Tax, PostingDate = new DateOnly(2026, 3, 15), TaxNumber = $"PC-{seq}",
            InternalNumber = (string?)null, PartnerId = (Guid?)null, CashAccount = "1111", Lines = new[] { new { CounterAccount = "6422", Amount = 150_000m, PartnerId = (Guid?)null } },
        });
        return new Mutation(seq, module, 1, "cash.payment", id, "upsert", baseVersion, $"PC-{seq}", payload, CanonicalJson.Sha256Hex(payload));
    }
}
