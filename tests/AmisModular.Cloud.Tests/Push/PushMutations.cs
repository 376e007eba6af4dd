using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Storage.Json;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Tests.Push;

/// <summary>Mutations of the three kinds the cloud checks, built by hand for the push tests.</summary>
public static class PushMutations
{
    public static readonly DateOnly Open = new(2026, 3, 15);

    public static Mutation Journal(long seq, Guid id, long baseVersion, string op, string? number, DateOnly? date = null, decimal amount = 1000m)
    {
        var day = date ?? Open;
        var payload = CanonicalJson.Serialize(new GeneralJournalPayload(id, PushTwin.CompanyId, null, BookSet.Tax, number, null, day, day, "Thử",
            DocumentStatus.Draft, baseVersion + 1, null,
            [new GeneralJournalPayloadLine(1, "1111", "1121", amount, null, null, null), new GeneralJournalPayloadLine(2, "642", "331", amount / 2, null, null, null)]));
        return new Mutation(seq, "core", 1, GeneralJournalVoucher.Type, id, op, baseVersion, number, payload, CanonicalJson.Sha256Hex(payload));
    }

    public static Mutation Cash(long seq, Guid id, long baseVersion, string op, string? number, Guid? partner, DateOnly? date = null, int schema = 1, decimal amount = 500m)
    {
        var payload = CanonicalJson.Serialize(new CashPayload(id, PushTwin.CompanyId, BookSet.Both, date ?? Open, number, null, partner, "1111",
            [new CashLine("511", amount, null), new CashLine("3331", amount / 10, partner)]));
        return new Mutation(seq, "cash", schema, "cash.receipt", id, op, baseVersion, number, payload, CanonicalJson.Sha256Hex(payload));
    }

    public static Mutation Partner(long seq, Guid id, long baseVersion = 0, string op = MutationOperations.Upsert, string name = "Đối tác")
    {
        var payload = CanonicalJson.Serialize(new PartnerPayload(id, PushTwin.CompanyId, name));
        return new Mutation(seq, "core", 1, "core.partner", id, op, baseVersion, null, payload, CanonicalJson.Sha256Hex(payload));
    }

    public static Mutation Renumbered(this Mutation m, long seq) => m with { Seq = seq };

    private sealed record CashPayload(
        Guid Id, Guid CompanyId, BookSet Books, DateOnly PostingDate, string? TaxNumber, string? InternalNumber, Guid? PartnerId, string CashAccount,
        IReadOnlyList<CashLine> Lines);

    private sealed record CashLine(string CounterAccount, decimal Amount, Guid? PartnerId);

    private sealed record PartnerPayload(Guid Id, Guid CompanyId, string Name);
}
