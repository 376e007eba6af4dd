using AmisModular.Benchmarks.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>Row counts and money totals of the cash and journal tables: two stores holding the same rows agree on all of them.</summary>
public sealed record StoreSummary(
    long Vouchers, long VoucherLines, long JournalLines, long CashOutboxRows, long JournalDebit, long JournalCredit, long LineAmounts,
    string? LastReceiptNumber, string? LastPaymentNumber)
{
    public static async Task<StoreSummary> ReadAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM cash_vouchers), (SELECT COUNT(*) FROM cash_voucher_lines), (SELECT COUNT(*) FROM core_journal_lines),
                   (SELECT COUNT(*) FROM sync_outbox WHERE Module = 'cash'), (SELECT COALESCE(SUM(Debit), 0) FROM core_journal_lines),
                   (SELECT COALESCE(SUM(Credit), 0) FROM core_journal_lines), (SELECT COALESCE(SUM(Amount), 0) FROM cash_voucher_lines),
                   (SELECT MAX(TaxNumber) FROM cash_vouchers WHERE Kind = 'Receipt'), (SELECT MAX(TaxNumber) FROM cash_vouchers WHERE Kind = 'Payment')
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreSummary(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
            reader.GetInt64(6), Text(reader, 7), Text(reader, 8));
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
