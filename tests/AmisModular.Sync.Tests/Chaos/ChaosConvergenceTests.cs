using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AmisModular.Cloud.Data;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Storage;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AmisModular.Sync.Tests.Chaos;

/// <summary>
/// The global invariants under chaos: a cloud on a real PostgreSQL, two desktops and a branch server (SQLite files),
/// thousands of random operations spread over them, a network that drops requests, drops answers after the server
/// committed, delays and duplicates, syncs cancelled midway and engines restarted over the same store file. Then
/// everyone syncs on a calm network until quiet, and every store must hold the same documents at the same versions
/// with the same journal and trial balances. AMIS_CHAOS_SEED fixes the dice, not the run: which sync gets through
/// depends on timing (cancellations after a few ms, delays, concurrent duplicates), and the users pick drafts and
/// partners from what their store holds, so a replay follows another path. A failure's evidence is the printed run and
/// per-document history, not its seed. AMIS_CHAOS_OPS changes the run's length.
/// </summary>
public sealed class ChaosConvergenceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string TaxCode = "0101234567";

    /// <summary>Refusals that are the protocol working (a concurrent edit lost, a posted voucher, a void won).</summary>
    private static readonly string[] LegitimateParkCodes =
        ["version-conflict", RejectionCodes.Immutable, RejectionCodes.Voided, RejectionCodes.DependencyParked, RejectionCodes.MissingDocument];

    private readonly PostgresServer postgres = new();
    private readonly TempDirectory temp = new();
    private CloudNode cloud = null!;

    public async Task InitializeAsync()
    {
        await postgres.InitializeAsync();
        cloud = await CloudNode.StartAsync("PostgreSql", postgres.ConnectionString);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Hỗn Loạn", null, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        await postgres.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task Chaos_RandomOperationsFaultsAndRestartsOnThreeStores_AllConvergeToTheServer()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("AMIS_CHAOS_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        var operations = int.TryParse(Environment.GetEnvironmentVariable("AMIS_CHAOS_OPS"), out var count) ? count : 3000;
        var run = new ChaosRun(seed, operations);
        output.WriteLine($"Chaos seed {seed} (AMIS_CHAOS_SEED={seed} reuses the dice; timing makes each run its own), {operations} operations");
        // Faults from the start: a lost or duplicated enroll answer is retried with the same one-time code.
        var network = new ChaosNetwork(seed) { FaultRate = 0.2 };
        var clients = new List<ClientNode>();
        try
        {
            foreach (var (name, branch) in new[] { ("desk1", (string?)null), ("desk2", null), ("branch", "CN01") })
            {
                var client = await ClientNode.StartAsync(temp.Path, name, cloud.Address, chaos: network);
                await EnrollThroughFaultsAsync(client, branch);
                clients.Add(client);
            }

            await PlayAsync(run, clients, network);
            network.FaultRate = 0;
            await SyncUntilQuietAsync(run, clients);
            await AssertInvariantsAsync(run, clients);
            output.WriteLine(run.Describe(network));
        }
        catch (Exception ex) when (ex is not ChaosFailureException)
        {
            throw new ChaosFailureException($"{run.Describe(network)}\n{ex}");
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    private static async Task PlayAsync(ChaosRun run, List<ClientNode> clients, ChaosNetwork network)
    {
        var user = new ChaosUser(run.Dice);
        for (var i = 0; i < run.Operations; i++)
        {
            var at = run.Dice.Next(clients.Count);
            var operation = user.Pick();
            try
            {
                run.Count(operation, await user.PlayAsync(clients[at], operation) ? "done" : "nothing to do");
            }
            catch (LedgerException ex)
            {
                // The local rules refused it (e.g. the till would go below zero): nothing was written.
                run.Count(operation, "refused: " + ex.GetType().Name);
            }

            var roll = run.Dice.NextDouble();
            if (roll < 0.06)
            {
                await TrySyncAsync(run, clients[at], CancellationToken.None);
            }
            else if (roll < 0.075)
            {
                // A process that dies while syncing: the run is cancelled at a random point, the engine is thrown away
                // and a new one opens the same store file.
                using var cut = new CancellationTokenSource(TimeSpan.FromMilliseconds(run.Dice.Next(1, 60)));
                await TrySyncAsync(run, clients[at], cut.Token);
                clients[at] = await clients[at].RestartAsync();
                run.Restarts++;
            }
        }

        _ = network;
    }

    private static async Task TrySyncAsync(ChaosRun run, ClientNode client, CancellationToken cancellationToken)
    {
        try
        {
            await client.Engine.SyncAsync(cancellationToken);
            run.Syncs++;
        }
        catch (CloudUnreachableException)
        {
            run.Disconnects++;
        }
        catch (OperationCanceledException)
        {
            run.Cancelled++;
        }
    }

    /// <summary>Push+pull rounds on a calm network until a whole round moves nothing.</summary>
    private static async Task SyncUntilQuietAsync(ChaosRun run, List<ClientNode> clients)
    {
        for (var round = 1; round <= 10; round++)
        {
            var moved = 0;
            foreach (var client in clients)
            {
                var report = await client.Engine.SyncAsync(CancellationToken.None);
                moved += report.Pushed + report.Pulled + report.Progress.Pending;
            }

            if (moved == 0)
            {
                run.QuietAfterRounds = round;
                return;
            }
        }

        throw new ChaosFailureException("The stores never went quiet after 10 calm rounds.");
    }

    private async Task AssertInvariantsAsync(ChaosRun run, List<ClientNode> clients)
    {
        var server = await ServerStateAsync();
        Assert.True(server.Documents.Count > 0, "The run produced no documents.");
        foreach (var client in clients)
        {
            var local = await LocalDocumentsAsync(client);
            var missing = server.Documents.Keys.Except(local.Keys).ToList();
            var extra = local.Keys.Except(server.Documents.Keys).ToList();
            var stale = server.Documents.Where(d => local.TryGetValue(d.Key, out var v) && v != d.Value).Select(d => $"{d.Key}: server v{d.Value}, {client.Name} v{local[d.Key]}").ToList();
            if (missing.Count + extra.Count + stale.Count > 0)
            {
                throw new ChaosFailureException($"{client.Name} differs from the server: missing {string.Join(',', missing)}; extra {string.Join(',', extra)}; "
                    + $"versions {string.Join("; ", stale)}\n{await ExplainAsync(client, missing.Concat(extra).Concat(server.Documents.Keys.Where(k => local.TryGetValue(k, out var v) && v != server.Documents[k])))}");
            }

            Assert.Equal(server.Hash, Hash(local));
            Assert.Equal(server.LastServerSeq, await client.StateAsync(s => s.Cursors.Select(c => c.Cursor).SingleAsync()));
            await AssertLocalLedgerAsync(client);
            await AssertOutboxSettledAsync(run, client);
            var inbound = await client.StateAsync(s => s.InboundRejections.Select(r => r.Reason).ToListAsync());
            Assert.True(inbound.Count == 0, $"{client.Name} refused pulled changes: {string.Join(" | ", inbound)}");
        }

        var journal = await clients[0].JournalAsync();
        Assert.Equal(journal, await cloud.JournalAsync());
        foreach (var client in clients.Skip(1))
        {
            Assert.Equal(journal, await client.JournalAsync());
        }

        foreach (var book in new[] { Book.Tax, Book.Internal })
        {
            var trial = await TrialBalanceAsync(clients[0], book);
            foreach (var client in clients.Skip(1))
            {
                Assert.Equal(trial, await TrialBalanceAsync(client, book));
            }
        }

        run.Documents = server.Documents.Count;
        run.ServerChanges = server.LastServerSeq;
    }

    /// <summary>As a user would: the enrollment failed on the network, so try again with the same code.</summary>
    private async Task EnrollThroughFaultsAsync(ClientNode client, string? branch)
    {
        var code = (await cloud.Admin.IssueEnrollmentCodeAsync(TaxCode, branch, TimeSpan.FromHours(1), CancellationToken.None)).Code;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.EnrollWithCodeAsync(code, TaxCode);
                return;
            }
            catch (Exception ex) when (attempt < 20 && ex is CloudUnreachableException or SyncApiException { Status: >= 500 })
            {
                // dropped or failed on the way: the same code again
            }
        }
    }

    /// <summary>The history of the documents a store got wrong: server change log, the store's outbox, inbound refusals.</summary>
    private async Task<string> ExplainAsync(ClientNode client, IEnumerable<Guid> documents)
    {
        var text = new System.Text.StringBuilder();
        var devices = await cloud.ReadAsync(db => db.Devices.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Series));
        foreach (var id in documents.Distinct().Take(5))
        {
            text.AppendLine($"document {id}:");
            var changes = await cloud.ReadAsync(db => db.ChangeLog.AsNoTracking().Where(c => c.DocumentId == id).OrderBy(c => c.ServerSeq).ToListAsync());
            foreach (var c in changes)
            {
                text.AppendLine($"  server #{c.ServerSeq} v{c.Version} {c.Operation} from {devices.GetValueOrDefault(c.OriginDeviceId)}");
            }

            foreach (var m in (await client.OutboxAsync()).Where(m => m.DocumentId == id))
            {
                text.AppendLine($"  {client.Name} outbox seq {m.Seq} base v{m.BaseVersion} {m.Operation} {m.State} {m.Reason}");
            }

            foreach (var r in await client.StateAsync(s => s.InboundRejections.Where(r => r.DocumentId == id).ToListAsync()))
            {
                text.AppendLine($"  {client.Name} refused pulled #{r.ServerSeq}: {r.Reason}");
            }

            foreach (var copy in await client.StateAsync(s => s.ConflictCopies.Where(c => c.DocumentId == id).ToListAsync()))
            {
                text.AppendLine($"  {client.Name} conflict copy seq {copy.Seq} server v{copy.ServerVersion} {copy.Code}");
            }
        }

        return text.ToString();
    }

    private async Task<ServerState> ServerStateAsync()
    {
        var (documents, log, book, accepted) = await cloud.ReadAsync(async db => (
            await db.Documents.AsNoTracking().Where(d => !d.Removed).ToDictionaryAsync(d => d.DocumentId, d => d.Version),
            await db.ChangeLog.AsNoTracking().OrderBy(c => c.ServerSeq).ToListAsync(),
            await db.Books.AsNoTracking().SingleAsync(),
            await db.Acks.AsNoTracking().CountAsync(a => a.Status == nameof(AckStatus.Accepted))));

        // The change log is gapless (1..LastServerSeq), holds one row per accepted mutation, and replaying it gives
        // exactly the document set: the partition's count and hash agree with the documents table.
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(c => c.ServerSeq));
        Assert.Equal(book.LastServerSeq, log.Count);
        Assert.Equal(accepted, log.Count);
        var replayed = new Dictionary<Guid, long>();
        foreach (var change in log)
        {
            if (change.Operation is MutationOperations.Delete or MutationOperations.Void)
            {
                replayed.Remove(change.DocumentId);
            }
            else
            {
                replayed[change.DocumentId] = change.Version;
            }
        }

        Assert.Equal(Hash(documents), Hash(replayed));
        return new ServerState(documents, Hash(documents), book.LastServerSeq);
    }

    private static async Task<Dictionary<Guid, long>> LocalDocumentsAsync(ClientNode client)
    {
        await using var unit = await client.Store.BeginReadAsync(CancellationToken.None);
        var ledger = unit.Context<LedgerDbContext>();
        var journal = await ledger.GeneralJournalVouchers.AsNoTracking().Select(v => new { v.Id, v.Version }).ToListAsync();
        var partners = await ledger.Partners.AsNoTracking().Select(p => new { p.Id, p.Version }).ToListAsync();
        var cash = await unit.Context<CashDbContext>().Vouchers.AsNoTracking().Select(v => new { v.Id, v.Version }).ToListAsync();
        var all = journal.Concat(partners).Concat(cash).ToList();
        Assert.Equal(all.Count, all.Select(d => d.Id).Distinct().Count());
        return all.ToDictionary(d => d.Id, d => d.Version);
    }

    /// <summary>Σdebit = Σcredit per voucher and book, to the đồng; no voucher number used twice.</summary>
    private static async Task AssertLocalLedgerAsync(ClientNode client)
    {
        await using var unit = await client.Store.BeginReadAsync(CancellationToken.None);
        var lines = await unit.Context<LedgerDbContext>().JournalLines.AsNoTracking().ToListAsync();
        var unbalanced = lines.GroupBy(l => (l.DocumentId, l.Book)).Where(g => g.Sum(l => l.Debit) != g.Sum(l => l.Credit)).Select(g => g.Key.DocumentId).ToList();
        Assert.True(unbalanced.Count == 0, $"{client.Name}: unbalanced vouchers {string.Join(',', unbalanced)}");
        var numbers = lines.Where(l => l.DocumentNumber is not null).Select(l => (l.DocumentNumber, l.DocumentId)).Distinct()
            .GroupBy(n => n.DocumentNumber).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(numbers.Count == 0, $"{client.Name}: numbers used by two vouchers: {string.Join(',', numbers)}");
    }

    private static async Task AssertOutboxSettledAsync(ChaosRun run, ClientNode client)
    {
        var outbox = await client.OutboxAsync();
        var pending = outbox.Where(m => m.State == OutboxState.Pending).Select(m => $"{m.Seq}:{m.Operation}:{m.Reason}").ToList();
        Assert.True(pending.Count == 0, $"{client.Name} still has pending outbox rows: {string.Join(", ", pending)}");
        foreach (var parked in outbox.Where(m => m.State == OutboxState.Parked))
        {
            run.Parked.Add($"{client.Name} seq {parked.Seq} {parked.DocumentType} {parked.Operation}: {parked.Reason}");
            Assert.False(string.IsNullOrWhiteSpace(parked.Reason), $"{client.Name} seq {parked.Seq} is parked without a reason.");
            Assert.True(LegitimateParkCodes.Any(code => parked.Reason!.StartsWith($"[{code}]", StringComparison.Ordinal)),
                $"{client.Name} seq {parked.Seq} is parked for a reason a healthy run should not produce: {parked.Reason}");
        }

        var acked = outbox.Where(m => m.State == OutboxState.Acked).Select(m => m.Seq).ToHashSet();
        var answered = await client.StateAsync(s => s.Acks.Where(a => a.DeviceId == client.DeviceId).Select(a => a.Seq).ToListAsync());
        Assert.Empty(acked.Except(answered));
    }

    private static async Task<List<string>> TrialBalanceAsync(ClientNode client, Book book)
    {
        var rows = await client.Queries.TrialBalanceAsync(client.CompanyId, book, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), CancellationToken.None);
        return [.. rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.AccountCode}: {r.Period.Debit}/{r.Period.Credit} → {r.Closing.Debit}/{r.Closing.Credit}"))];
    }

    private static string Hash(Dictionary<Guid, long> documents) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
            documents.OrderBy(d => d.Key).Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key:N}:{d.Value}"))))));

    private sealed record ServerState(Dictionary<Guid, long> Documents, string Hash, long LastServerSeq);
}
