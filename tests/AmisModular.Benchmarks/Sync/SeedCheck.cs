using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Ledger;
using AmisModular.Modularity.Abstractions.Sync;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// Proves the seeded rows are what the product writes: the product's own cash adapter exports the first and the
/// last seeded voucher from A's tables, and its canonical payload, hash, operation and version must equal the
/// seeded outbox row's; the counts must be N vouchers, 5N lines, 10N journal lines, N pending outbox rows.
/// After the pull, client B must hold the same vouchers, lines, journal and money totals as A.
/// </summary>
public static class SeedCheck
{
    public static async Task<StoreSummary> VerifySeedAsync(BenchClient a, IReadOnlyList<Guid> seeded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(seeded);
        var adapter = a.Get<IEnumerable<ISyncAdapter>>().Single(x => x.ModuleId == "cash");
        foreach (var id in new[] { seeded[0], seeded[^1] })
        {
            var exported = await adapter.ExportAsync(id, cancellationToken)
                ?? throw new BenchmarkMismatchException($"The product cannot export seeded voucher {id}.");
            var (payload, hash, operation) = await OutboxRowAsync(a.File, id, cancellationToken);
            BenchmarkMismatchException.ThrowIfDifferent($"outbox payload of {id} vs the product's export", exported.PayloadJson, payload);
            BenchmarkMismatchException.ThrowIfDifferent($"outbox hash of {id}", AmisModular.Storage.Json.CanonicalJson.Sha256Hex(exported.PayloadJson), hash);
            BenchmarkMismatchException.ThrowIfDifferent($"outbox operation of {id}", exported.Operation.ToString().ToLowerInvariant(), operation);
            BenchmarkMismatchException.ThrowIfDifferent($"version of {id}", 1L, exported.Version);
        }

        var summary = await StoreSummary.ReadAsync(a.File, cancellationToken);
        var n = seeded.Count;
        BenchmarkMismatchException.ThrowIfDifferent("seeded rows (vouchers, lines, journal lines, outbox rows)",
            (n, n * SyncVoucherPlan.LinesPerVoucher, n * SyncVoucherPlan.LinesPerVoucher * 2, n),
            ((int)summary.Vouchers, (int)summary.VoucherLines, (int)summary.JournalLines, (int)summary.CashOutboxRows));
        return summary;
    }

    /// <summary>B (and the full floor) must hold what A holds, outbox aside.</summary>
    public static async Task VerifySameVouchersAsync(string what, StoreSummary a, string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(a);
        var other = await StoreSummary.ReadAsync(file, cancellationToken);
        BenchmarkMismatchException.ThrowIfDifferent(what, a with { CashOutboxRows = 0 }, other with { CashOutboxRows = 0 });
    }

    private static async Task<(string Payload, string Hash, string Operation)> OutboxRowAsync(string file, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Payload, PayloadHash, Operation FROM sync_outbox WHERE DocumentId = $id";
        command.Parameters.AddWithValue("$id", RawSqlite.Text(id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetString(0), reader.GetString(1), reader.GetString(2))
            : throw new BenchmarkMismatchException($"No outbox row for seeded voucher {id}.");
    }
}
