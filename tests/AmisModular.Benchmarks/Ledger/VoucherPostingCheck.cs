using System.Text.Json.Nodes;
using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Queries;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.Configuration;
using AmisModular.Storage.Json;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// Proves the product and the baselines wrote the same logical rows, so the figures compare like with like:
/// equal counts and money totals, equal last numbers, the same outbox payload (ids aside) in canonical form, the
/// baseline's rows readable by the product (its trial balance and its voucher reader), and the same durability
/// settings on the product's and the baseline's connections. Any difference stops the run.
/// </summary>
public sealed class VoucherPostingCheck(BenchCompany company)
{
    private static readonly DateOnly YearEnd = new(2026, 12, 31);

    public async Task VerifyAsync(string productFile, string baselineFile, string floorFile, CancellationToken cancellationToken)
    {
        var expected = await StoreSummary.ReadAsync(productFile, cancellationToken);
        BenchmarkMismatchException.ThrowIfDifferent("store rows (per-voucher baseline)", expected, await StoreSummary.ReadAsync(baselineFile, cancellationToken));
        BenchmarkMismatchException.ThrowIfDifferent("store rows (one-transaction baseline)", expected, await StoreSummary.ReadAsync(floorFile, cancellationToken));
        BenchmarkMismatchException.ThrowIfDifferent("last outbox payload", await LastPayloadAsync(productFile, cancellationToken), await LastPayloadAsync(baselineFile, cancellationToken));
        await using var product = ProductHost.Open(productFile, company.DeviceId, pooling: false);
        await using var baseline = ProductHost.Open(baselineFile, company.DeviceId, pooling: false);
        BenchmarkMismatchException.ThrowIfDifferent("full-year trial balance read by the product",
            Describe(await YearAsync(product, cancellationToken)), Describe(await YearAsync(baseline, cancellationToken)));
        var voucherId = Guid.Parse(await LastVoucherIdAsync(baselineFile, cancellationToken));
        var read = await baseline.Get<CashVoucherService>().FindAsync(voucherId, cancellationToken)
            ?? throw new BenchmarkMismatchException($"The product cannot find the baseline's voucher {voucherId}.");
        BenchmarkMismatchException.ThrowIfDifferent("baseline voucher read by the product", CashVoucherStatus.Posted, read.Status);
        BenchmarkMismatchException.ThrowIfDifferent("durability settings (journal_mode, synchronous)",
            await ProductPragmasAsync(product, cancellationToken), await BaselinePragmasAsync(baselineFile, cancellationToken));
    }

    public static string Describe(IReadOnlyList<TrialBalanceRow> rows) =>
        string.Join("; ", rows.Select(r => $"{r.AccountCode} {r.Opening.Debit}/{r.Opening.Credit} {r.Period.Debit}/{r.Period.Credit} {r.Closing.Debit}/{r.Closing.Credit}"));

    private Task<IReadOnlyList<TrialBalanceRow>> YearAsync(ProductHost host, CancellationToken cancellationToken) =>
        host.Get<LedgerQueries>().TrialBalanceAsync(company.CompanyId, Book.Tax, VoucherPlan.YearStart, YearEnd, cancellationToken);

    /// <summary>The last cash outbox payload, canonicalized by the product, with the generated voucher id removed.</summary>
    private static async Task<string> LastPayloadAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Payload, PayloadHash FROM sync_outbox WHERE Module = 'cash' ORDER BY Seq DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return "(no cash outbox row)";
        }

        var payload = reader.GetString(0);
        if (CanonicalJson.Canonicalize(payload) != payload || CanonicalJson.Sha256Hex(payload) != reader.GetString(1))
        {
            return "(payload not canonical or hash wrong) " + payload;
        }

        var node = JsonNode.Parse(payload)!.AsObject();
        node.Remove("id");
        return node.ToJsonString();
    }

    private static async Task<string> LastVoucherIdAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM cash_vouchers ORDER BY rowid DESC LIMIT 1";
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<string> ProductPragmasAsync(ProductHost host, CancellationToken cancellationToken)
    {
        await using var connection = await host.Get<StoreConnectionFactory>().OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        var journal = await command.ExecuteScalarAsync(cancellationToken);
        command.CommandText = "PRAGMA synchronous;";
        return $"{journal}, {await command.ExecuteScalarAsync(cancellationToken)}";
    }

    private static async Task<string> BaselinePragmasAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var journal = await command.ExecuteScalarAsync(cancellationToken);
        command.CommandText = "PRAGMA synchronous;";
        return $"{journal}, {await command.ExecuteScalarAsync(cancellationToken)}";
    }
}
