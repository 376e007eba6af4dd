using AmisModular.Cloud.Data;
using AmisModular.Sync.Protocol.Push;
using static AmisModular.Cloud.Tests.Push.PushMutations;

namespace AmisModular.Cloud.Tests.Push;

/// <summary>
/// Random mutations over a small pool of documents, partners and numbers, so that one request often edits, posts,
/// voids and renumbers the same documents, reuses numbers and references partners created or voided in it. Each
/// request starts from the server's documents and assumes its own changes apply, as a client would; now and then a
/// base version is stale or made up, an operation does not fit, or the mutation is spoiled.
/// </summary>
public sealed class RandomBatches(Random random)
{
    private readonly Guid[] documents = [.. Enumerable.Range(0, 20).Select(_ => Guid.CreateVersion7())];
    private readonly Guid[] partners = [.. Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7())];
    private Dictionary<Guid, (long Version, bool Posted, bool Removed)> state = [];

    public List<Mutation> Next(long firstSeq, int count, IEnumerable<CloudDocument> server)
    {
        state = server.ToDictionary(d => d.DocumentId, d => (d.Version, d.Posted, d.Removed));
        return [.. Enumerable.Range(0, count).Select(i => One(firstSeq + i))];
    }

    private Mutation One(long seq)
    {
        var roll = random.NextDouble();
        var mutation = roll < 0.15 ? PartnerChange(seq) : roll < 0.45 ? CashChange(seq) : JournalChange(seq);
        state[mutation.DocumentId] = (mutation.BaseVersion + 1, mutation.Operation == MutationOperations.Post, MutationOperations.Removes(mutation.Operation));
        return Spoil(mutation);
    }

    private Mutation PartnerChange(long seq)
    {
        var id = partners[random.Next(partners.Length)];
        return Partner(seq, id, BaseVersion(id), random.NextDouble() < 0.1 ? MutationOperations.Void : MutationOperations.Upsert, $"P{random.Next(3)}");
    }

    private Mutation CashChange(long seq)
    {
        var id = Pick(0);
        Guid? partner = random.NextDouble() < 0.7 ? partners[random.Next(partners.Length)] : null;
        return Cash(seq, id, BaseVersion(id), Operation(id), Number("PT", id), partner, Date(), random.NextDouble() < 0.05 ? 2 : 1, 100m * random.Next(1, 9));
    }

    private Mutation JournalChange(long seq)
    {
        var id = Pick(documents.Length / 2);
        return Journal(seq, id, BaseVersion(id), Operation(id), Number("N", id), Date(), 1000m * random.Next(1, 9));
    }

    /// <summary>Mostly a document that is not voided.</summary>
    private Guid Pick(int from)
    {
        var id = documents[from + random.Next(documents.Length / 2)];
        return state.GetValueOrDefault(id).Removed && random.NextDouble() < 0.8 ? documents[from + random.Next(documents.Length / 2)] : id;
    }

    private long BaseVersion(Guid id)
    {
        var known = state.GetValueOrDefault(id).Version;
        var roll = random.NextDouble();
        return roll < 0.88 ? known : roll < 0.94 ? Math.Max(0, known - 1) : random.Next(0, 4);
    }

    /// <summary>A posted document is mostly unposted; a new one mostly upserted; otherwise any operation.</summary>
    private string Operation(Guid id)
    {
        var (version, posted, _) = state.GetValueOrDefault(id);
        var roll = random.NextDouble();
        if (posted && roll < 0.8)
        {
            return MutationOperations.Unpost;
        }

        return version == 0 && roll < 0.8 ? MutationOperations.Upsert
            : roll < 0.45 ? MutationOperations.Upsert
            : roll < 0.7 ? MutationOperations.Post
            : roll < 0.8 ? MutationOperations.Unpost
            : roll < 0.93 ? MutationOperations.Void
            : MutationOperations.Delete;
    }

    /// <summary>Mostly the document's own number; sometimes another document's (a collision, or a number freed before).</summary>
    private string? Number(string prefix, Guid id)
    {
        var roll = random.NextDouble();
        return roll < 0.05 ? null : roll < 0.85 ? $"{prefix}{Array.IndexOf(documents, id)}" : $"{prefix}{random.Next(documents.Length)}";
    }

    private DateOnly Date()
    {
        var roll = random.NextDouble();
        return roll < 0.03 ? new DateOnly(2026, 1, 10) : roll < 0.06 ? new DateOnly(2027, 2, 1) : Open.AddDays(random.Next(60));
    }

    /// <summary>Now and then a skip, a wrong hash or an unknown document type.</summary>
    private Mutation Spoil(Mutation mutation)
    {
        var roll = random.NextDouble();
        return roll < 0.04 ? mutation with { Skip = true }
            : roll < 0.06 ? mutation with { PayloadHash = "0" + mutation.PayloadHash[1..] }
            : roll < 0.07 ? mutation with { DocumentType = "core.unknown" }
            : mutation;
    }
}
