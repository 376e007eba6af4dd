using AmisModular.Storage.Outbox;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AmisModular.Sync.Tests.Pushing;

/// <summary>
/// The set-based path for all-accepted answers leaves exactly the rows the general path leaves: two real SQLite stores
/// seeded alike, the same answer applied by each path, their outbox and ack tables compared column by column.
/// </summary>
public sealed class AckApplierTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 8, 30, 0, TimeSpan.FromHours(7));

    private readonly TempDirectory temp = new();

    private readonly Guid device = Guid.CreateVersion7();

    private readonly Guid[] documents = [.. Enumerable.Range(0, 6).Select(_ => Guid.CreateVersion7())];

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task AllAccepted_SetBasedPath_SameRowsAsGeneralPath()
    {
        // Seq 9 has no outbox row (ignored by both paths); seq 3 was parked as a skip and is acked all the same.
        MutationAck[] answer =
        [
            Accepted(1, "PT-A-00001"), new(2, AckStatus.Duplicate, documents[2], 1, 12, "PT-A-00002", Replayed: true),
            Accepted(3, null), Accepted(4, "PT-A-00004"), Accepted(9, "PT-A-00009"),
        ];

        var (fast, general) = await ApplyBothAsync(answer);

        Assert.Equal((4, 0, 0), fast.Result);
        Assert.Equal(general, fast);
        Assert.Equal(["1", "2", "3", "4"], fast.Acks.Select(r => r.Split('|')[0]));
    }

    [Fact]
    public async Task AllAccepted_EveryRowOfTheRange_SameRowsAsGeneralPath()
    {
        // The answer names every row from its first seq to its last: the rows are acked by seq range.
        MutationAck[] answer = [.. Enumerable.Range(2, 4).Select(seq => Accepted(seq, $"PT-A-{seq:00000}"))];

        var (fast, general) = await ApplyBothAsync(answer, earlier: [Accepted(1, "PT-A-00001")]);

        Assert.Equal((4, 0, 0), fast.Result);
        Assert.Equal(general, fast);
        Assert.Equal(["1", "2", "3", "4", "5"], fast.Acks.Select(r => r.Split('|')[0]));
    }

    [Fact]
    public async Task AllAccepted_OneAlreadyRecorded_GeneralPathUpdatesIt()
    {
        MutationAck[] answer = [Accepted(1, "PT-A-00001"), Accepted(2, "PT-A-00002")];

        var (fast, general) = await ApplyBothAsync(answer, earlier: [new MutationAck(2, AckStatus.Rejected, documents[2], Error: new AckError("validation", "sai", false))]);

        Assert.Equal(general, fast);
        Assert.Equal(2, fast.Acks.Count);
        Assert.Contains(fast.Acks, r => r.Contains("|Accepted|", StringComparison.Ordinal) && r.Contains("PT-A-00002", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MixedAnswer_RefusalStillParksTheRowAndItsDependents()
    {
        MutationAck[] answer = [Accepted(1, "PT-A-00001"), new(2, AckStatus.Rejected, documents[2], Error: new AckError("validation", "Sai tài khoản", false)), Accepted(3, null)];

        var (fast, general) = await ApplyBothAsync(answer);

        Assert.Equal(general, fast);
        Assert.Equal((2, 2, 0), fast.Result);
        Assert.Equal(3, fast.Acks.Count);
        Assert.Contains(fast.Outbox, r => r.StartsWith("5|", StringComparison.Ordinal) && r.Contains("[dependency-parked]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllAccepted_SeqAnsweredTwice_GeneralPathKeepsTheLast()
    {
        MutationAck[] answer = [Accepted(1, "PT-A-00001"), Accepted(1, "PT-A-00011")];

        var (fast, general) = await ApplyBothAsync(answer);

        Assert.Equal(general, fast);
        Assert.Contains(fast.Acks, r => r.Contains("PT-A-00011", StringComparison.Ordinal));
    }

    private MutationAck Accepted(long seq, string? number) => new(seq, AckStatus.Accepted, documents[(int)seq % documents.Length], 1, 10 + seq, number);

    private async Task<(Outcome Fast, Outcome General)> ApplyBothAsync(MutationAck[] answer, MutationAck[]? earlier = null) =>
        (await ApplyAsync("fast", fastPath: true, answer, earlier), await ApplyAsync("general", fastPath: false, answer, earlier));

    private async Task<Outcome> ApplyAsync(string name, bool fastPath, MutationAck[] answer, MutationAck[]? earlier)
    {
        await using (var node = await ClientNode.StartAsync(temp.Path, name, new Uri("http://127.0.0.1:9/"), deviceId: device))
        {
            await SeedAsync(node);
            var clock = new FixedClock();
            if (earlier is not null)
            {
                await new AckApplier(node.Store, node.Get<SyncAdapters>(), clock) { AcceptedFastPath = false }.ApplyAsync(device, earlier, CancellationToken.None);
            }

            var applier = new AckApplier(node.Store, node.Get<SyncAdapters>(), clock) { AcceptedFastPath = fastPath };
            var result = await applier.ApplyAsync(device, answer, CancellationToken.None);
            return new Outcome(result, await RowsAsync(node.StoreFile, "sync_outbox"), await RowsAsync(node.StoreFile, "syncstate_acks"));
        }
    }

    /// <summary>Seqs 1-5 (5 a later change of seq 2's document), pending but seq 3, a parked skip; written alike in both stores.</summary>
    private async Task SeedAsync(ClientNode node)
    {
        await using var unit = await node.Store.BeginAsync(CancellationToken.None);
        var outbox = unit.Context<OutboxDbContext>();
        foreach (var seq in Enumerable.Range(1, 5))
        {
            var parked = seq == 3;
            outbox.Outbox.Add(new OutboxMessage
            {
                DeviceId = device, Seq = seq, DocumentId = documents[seq == 5 ? 2 : seq % documents.Length], Module = "cash", SchemaVersion = 1,
                DocumentType = "cash.receipt", Operation = "upsert", BaseVersion = 0, LocalNumber = $"PT-A-{seq:00000}", Payload = "{}",
                PayloadHash = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
                State = parked ? OutboxState.Parked : OutboxState.Pending, Reason = parked ? "[dependency-parked] earlier change refused" : null, CreatedAt = Now,
            });
        }

        await unit.CommitAsync(CancellationToken.None);
    }

    /// <summary>Every column of every row, as stored, in key order; each row starts with its seq.</summary>
    private static async Task<List<string>> RowsAsync(string file, string table)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Seq, * FROM \"{table}\" ORDER BY DeviceId, Seq";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private sealed record Outcome((int Acked, int Parked, int Deferred) Result, List<string> Outbox, List<string> Acks)
    {
        public bool Equals(Outcome? other) =>
            other is not null && Result == other.Result && Outbox.SequenceEqual(other.Outbox) && Acks.SequenceEqual(other.Acks);

        public override int GetHashCode() => Result.GetHashCode();
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
