using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Queries;
using AmisModular.Storage.Money;
using Microsoft.Data.Sqlite;
using static AmisModular.Benchmarks.Infrastructure.RawSqlite;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// The hand-written trial balance: ONE GROUP BY over the journal table with the same company, book and date filter
/// as the product, summing the integer minor-unit columns (lines before the range and lines in it, in the same
/// pass), plus the (tiny) opening balances; balances netted per account, gross per partner on 131/331 as the
/// product does, in plain .NET.
/// </summary>
public static class RawTrialBalance
{
    private const string JournalSql = """
        SELECT AccountCode, PartnerId,
               SUM(CASE WHEN PostingDate < $from THEN Debit ELSE 0 END), SUM(CASE WHEN PostingDate < $from THEN Credit ELSE 0 END),
               SUM(CASE WHEN PostingDate >= $from THEN Debit ELSE 0 END), SUM(CASE WHEN PostingDate >= $from THEN Credit ELSE 0 END)
        FROM core_journal_lines
        WHERE CompanyId = $company AND Book = 'Tax' AND PostingDate <= $to
        GROUP BY AccountCode, PartnerId
        """;

    private const string OpeningSql = """
        SELECT AccountCode, PartnerId, SUM(Debit), SUM(Credit), 0, 0
        FROM core_opening_balances
        WHERE CompanyId = $company AND Book = 'Tax' AND AsOfDate <= $from
        GROUP BY AccountCode, PartnerId
        """;

    public static async Task<IReadOnlyList<TrialBalanceRow>> QueryAsync(string file, Guid companyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await RawSqlite.OpenAsync(file, pooling: true, cancellationToken);
        var sums = await ReadAsync(connection, OpeningSql, companyId, from, to, cancellationToken);
        sums.AddRange(await ReadAsync(connection, JournalSql, companyId, from, to, cancellationToken));
        return [.. sums.Select(s => s.Account).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(code =>
        {
            var mine = sums.Where(s => s.Account == code).ToList();
            return new TrialBalanceRow(
                code,
                Balance(code, mine.Select(s => (s.Partner, s.DebitBefore - s.CreditBefore))),
                new AccountBalance(FromStored(mine.Sum(s => s.DebitIn)), FromStored(mine.Sum(s => s.CreditIn))),
                Balance(code, mine.Select(s => (s.Partner, s.DebitBefore - s.CreditBefore + s.DebitIn - s.CreditIn))));
        })];
    }

    /// <summary>Net balance; for the partner accounts the debit and credit balances of each partner are kept apart.</summary>
    private static AccountBalance Balance(string code, IEnumerable<(string? Partner, long Net)> nets)
    {
        var byPartner = PostingService.PartnerAccounts.Any(p => code.StartsWith(p, StringComparison.Ordinal));
        var grouped = nets.GroupBy(n => byPartner ? n.Partner : null).Select(g => g.Sum(n => n.Net)).ToList();
        return new AccountBalance(FromStored(grouped.Where(n => n > 0).Sum()), FromStored(-grouped.Where(n => n < 0).Sum()));
    }

    private static decimal FromStored(long stored) => MoneyStorage.FromStored(stored);

    private static async Task<List<Sums>> ReadAsync(SqliteConnection connection, string sql, Guid companyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$company", Text(companyId));
        command.Parameters.AddWithValue("$from", Text(from));
        command.Parameters.AddWithValue("$to", Text(to));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sums = new List<Sums>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sums.Add(new Sums(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)));
        }

        return sums;
    }

    private sealed record Sums(string Account, string? Partner, long DebitBefore, long CreditBefore, long DebitIn, long CreditIn);
}
