using System.Text.Json;
using AmisModular.Cloud.Data;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>The acks the push answers with besides an accepted write.</summary>
public static class PushAcks
{
    public static MutationAck Deferred(Mutation m, AckError reason) => new(m.Seq, AckStatus.Deferred, m.DocumentId, Error: reason);

    public static AckError BeyondSchema(Mutation m) => new(RejectionCodes.ServerUpgradeRequired,
        $"Máy chủ chưa hỗ trợ {m.Module} v{m.SchemaVersion}; thay đổi được giữ lại. / The server does not accept {m.Module} v{m.SchemaVersion} yet; the change stays queued.", Retryable: true);

    public static AckError LicenceExpired(Mutation m, DateOnly validUntil) => new(RejectionCodes.LicenceExpired,
        $"Giấy phép phân hệ {m.Module} đã hết hạn ngày {validUntil:dd/MM/yyyy}; thay đổi được giữ lại trên máy cho đến khi gia hạn. / "
        + $"The licence for module {m.Module} expired on {validUntil:yyyy-MM-dd}; the change stays queued on the device until the licence is renewed.", Retryable: true);

    public static MutationAck Rejected(Mutation m, AckError error) => new(m.Seq, AckStatus.Rejected, m.DocumentId, Error: error);

    public static MutationAck DependencyParked(Mutation m) =>
        Rejected(m, new AckError(RejectionCodes.DependencyParked,
            "Thay đổi trước của chứng từ này bị từ chối hoặc xung đột. / An earlier change of this voucher was refused or conflicted.", false));

    public static MutationAck MissingReference(Mutation m, Guid missing) =>
        Rejected(m, new AckError(RejectionCodes.MissingDocument,
            $"Chứng từ tham chiếu {missing} chưa có trên máy chủ. / The referenced document {missing} does not exist on the server.", Retryable: false));

    public static MutationAck NumberCollision(Mutation m, string number) =>
        Rejected(m, new AckError(RejectionCodes.NumberCollision,
            $"Số chứng từ {number} đã có trên máy chủ. / Voucher number {number} already exists on the server.", Retryable: false));

    /// <summary>The stored answer to a resent seq, marked replayed; an accepted one is now a duplicate.</summary>
    public static MutationAck Replay(StoredAck? stored, Mutation m)
    {
        ArgumentNullException.ThrowIfNull(m);
        if (stored is null)
        {
            // Acks older than the retention window were pruned; the seq was processed, which is all the client needs.
            return new MutationAck(m.Seq, AckStatus.Duplicate, m.DocumentId, Replayed: true);
        }

        var ack = JsonSerializer.Deserialize<MutationAck>(stored.AckJson, ProtocolJson.Options)!;
        return ack with { Status = ack.Status == AckStatus.Accepted ? AckStatus.Duplicate : ack.Status, Replayed = true };
    }

    public static string Json(MutationAck ack) => JsonSerializer.Serialize(ack, ProtocolJson.Options);
}
