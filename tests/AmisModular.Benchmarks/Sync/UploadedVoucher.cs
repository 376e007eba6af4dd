using System.Text.Json;
using AmisModular.Benchmarks.Ledger;
using AmisModular.Modules.Cash.Sync;
using AmisModular.Storage.Json;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Push;
using static AmisModular.Benchmarks.Infrastructure.RawSqlite;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// What the upload floor writes for one voucher, in the stored encodings: values the product already holds when it
/// writes (the outbox payload and its hash, the seq, the serverSeq it takes, the ack it answers), built before the
/// floor's clock runs. The payload is the seeder's (the adapter's payload type, canonical JSON); the ack is the
/// protocol's own <see cref="MutationAck"/> in the protocol's JSON, as the cloud stores it.
/// </summary>
public sealed record UploadedVoucher(
    SeededVoucher Voucher, string Id, long Seq, long ServerSeq, string DocumentType, string Payload, string PayloadHash, string AckJson, string Date)
{
    public static UploadedVoucher From(SeededVoucher voucher, Guid companyId, long seq, long serverSeq)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        var (id, number, plan) = voucher;
        var payload = CanonicalJson.Serialize(CashVoucherPayload.From(OutboxSeeder.ToEntity(id, companyId, number, plan)));
        var ack = new MutationAck(seq, AckStatus.Accepted, id, Version: 1, ServerSeq: serverSeq, FinalNumber: number);
        return new UploadedVoucher(voucher, Text(id), seq, serverSeq, CashJournal.DocumentType(plan.Kind), payload, CanonicalJson.Sha256Hex(payload),
            JsonSerializer.Serialize(ack, ProtocolJson.Options), Text(plan.Date));
    }
}
