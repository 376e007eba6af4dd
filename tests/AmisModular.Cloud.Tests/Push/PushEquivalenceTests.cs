using AmisModular.Sync.Protocol.Push;
using static AmisModular.Cloud.Tests.Push.PushMutations;

namespace AmisModular.Cloud.Tests.Push;

/// <summary>
/// The set-based push against the per-mutation processor it replaced (kept in Reference/): the same requests on two
/// databases seeded alike must give the same answers and the same rows (documents, change_log, acks, journal lines,
/// the book's LastServerSeq, the device's LastSeq), request after request. Run on SQLite and on PostgreSQL.
/// </summary>
public abstract class PushEquivalenceTests
{
    private const string Upsert = MutationOperations.Upsert;
    private const string Post = MutationOperations.Post;
    private const string Void = MutationOperations.Void;

    protected abstract Task<PushTwin> TwinAsync();

    [Fact]
    public async Task Push_HandPickedBatches_SameAcksAndRowsAsPerMutation()
    {
        var twin = await TwinAsync();
        var (a, b, c, d, e, f, g, k, p, q, s, t, u, v) = (Id(), Id(), Id(), Id(), Id(), Id(), Id(), Id(), Id(), Id(), Id(), Id(), Id(), Id());
        Mutation[] first =
        [
            Journal(0, a, 0, Upsert, "N1"), Journal(0, b, 0, Upsert, "N2"), Partner(0, p),
            Cash(0, c, 0, Upsert, "PT1", p), // references a partner created earlier in the batch
            Cash(0, d, 0, Upsert, "PT2", q), // references a partner that does not exist
            Journal(0, a, 1, Post, "N1"), Journal(0, b, 1, Void, "N2"),
            Journal(0, e, 0, Upsert, "N2"), // the number B freed earlier in the batch
            Journal(0, f, 0, Upsert, "N1"), // A holds N1
            Cash(0, g, 0, Upsert, "PT3", p, schema: 2), Cash(0, g, 1, Upsert, "PT3", p), // deferred, then deferred by chain
            Journal(0, Id(), 0, Upsert, "N7", new DateOnly(2026, 1, 15)), Journal(0, Id(), 0, Upsert, "N8", new DateOnly(2027, 6, 1)),
            Journal(0, a, 1, Upsert, "N1"), Journal(0, a, 2, Upsert, "N1"), // immutable, then parked
            Journal(0, e, 5, Upsert, "N2"), // version conflict
            Journal(0, k, 0, Upsert, "N9") with { Skip = true }, Journal(0, k, 0, Upsert, "N9"),
            Cash(0, c, 0, Upsert, "PT1", p), // the same change again: duplicate
            Journal(0, Id(), 0, Upsert, "N10") with { PayloadHash = "00" }, Journal(0, Id(), 0, Upsert, "N11") with { Module = "payroll" },
            Journal(0, Id(), 0, "frobnicate", "N12"), Journal(0, Id(), 0, Upsert, "N13") with { DocumentType = "core.unknown" },
            Cash(0, Id(), 0, Upsert, "PT4", p), Partner(0, p, 1, Void), Cash(0, s, 0, Upsert, "PT5", p), // P voided earlier in the batch
            Journal(0, t, 0, Upsert, "N20"), Journal(0, t, 1, Upsert, "N21"), Journal(0, u, 0, Upsert, "N20"), // renumbered, then retaken
        ];
        var answer = await SameAsync(twin, Seqs(1, first));
        foreach (var code in new[] { "missing-document", "number-collision", "deferred", "period-locked", "period-not-open", "immutable", "dependency-parked",
                     "conflict", "duplicate", "payload-hash", "unlicensed-module", "invalid-operation", "unknown-document-type" })
        {
            Assert.Contains(code, answer, StringComparison.Ordinal);
        }

        Mutation[] second =
        [
            Journal(0, a, 2, MutationOperations.Unpost, "N1"), Journal(0, a, 3, Upsert, "N1", amount: 7000m), Journal(0, a, 4, Post, "N1", amount: 7000m),
            Journal(0, b, 2, Upsert, "N2"), Journal(0, f, 0, Upsert, "N1"), Journal(0, v, 0, Void, "N30"), Journal(0, e, 1, Post, "N2"),
        ];
        // The first request again (replays; the deferred cash voucher is retried and now accepted) with new changes.
        await SameAsync(twin, [.. Seqs(1, first), .. Seqs(first.Length + 1, second)], PushTwin.Options(cashMax: 2));
        await SameAsync(twin, Seqs(first.Length + second.Length + 5, [Journal(0, Id(), 0, Upsert, "N40")])); // gap
        await SameAsync(twin, Seqs(1, [Journal(0, a, 0, Upsert, "N1", amount: 1m)])); // key reuse
        await SameAsync(twin, Seqs(first.Length + 1, [.. second, Journal(0, e, 2, MutationOperations.Unpost, "N2"), Journal(0, e, 3, Void, "N2"), Journal(0, f, 0, Upsert, "N2")]));
        await SameAsync(twin, []);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(2026)]
    [InlineData(77777)]
    [InlineData(31337)]
    [InlineData(4)]
    public async Task Push_RandomBatches_SameAcksAndRowsAsPerMutation(int seed)
    {
        var twin = await TwinAsync();
        var random = new Random(seed);
        var batches = new RandomBatches(random);
        IReadOnlyList<Mutation> previous = [];
        for (var request = 0; request < 10; request++)
        {
            var next = await PushTwin.LastSeqAsync(twin.Reference) + 1;
            var fresh = batches.Next(next, random.Next(1, 45), await PushTwin.DocumentsAsync(twin.Reference));
            IReadOnlyList<Mutation> mutations = random.NextDouble() < 0.25 ? [.. previous, .. fresh] : fresh;
            await SameAsync(twin, mutations, PushTwin.Options(cashMax: random.NextDouble() < 0.3 ? 2 : 1));
            previous = fresh;
        }
    }

    private static async Task<string> SameAsync(PushTwin twin, IReadOnlyList<Mutation> mutations, Hosting.CloudOptions? options = null)
    {
        var (reference, candidate) = await twin.PushAsync(PushTwin.Request([.. mutations]), options);
        Assert.Equal(reference, candidate);
        Assert.Equal(await PushTwin.RowsAsync(twin.Reference), await PushTwin.RowsAsync(twin.Candidate));
        return reference;
    }

    private static List<Mutation> Seqs(long first, IEnumerable<Mutation> mutations) => [.. mutations.Select((m, i) => m with { Seq = first + i })];

    private static Guid Id() => Guid.CreateVersion7();
}
