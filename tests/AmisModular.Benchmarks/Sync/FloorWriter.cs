using System.Diagnostics;
using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Ledger;
using Microsoft.Data.Sqlite;
using static AmisModular.Benchmarks.Infrastructure.RawSqlite;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// The download's raw SQLite floor: the same vouchers (same ids, numbers, amounts) written into a fresh copy of the
/// empty client store with Microsoft.Data.Sqlite, prepared commands re-bound per row, ONE transaction, the product's
/// connection settings. With <paramref name="withJournal"/> it writes every row client B ends with for these vouchers:
/// the headers, their lines, the journal lines the apply re-derives (10 per voucher) and the book's pull cursor (moved
/// once per page of <c>pageSize</c>, as ChangePuller moves it, then stamped with the successful sync) —
/// <see cref="FloorCheck"/> proves B holds no other row. Without it, headers and lines only (a note in the table).
/// The vouchers are enumerated (regenerated from the plan) a page at a time with the clock stopped.
/// </summary>
public static class FloorWriter
{
    public static async Task<TimeSpan> WriteAsync(
        string file, Guid companyId, Guid bookId, int pageSize, int count, IEnumerable<SeededVoucher> vouchers, bool withJournal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vouchers);
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        var (company, book) = (Text(companyId), Text(bookId));
        var clock = Stopwatch.StartNew();
        await using var transaction = connection.BeginTransaction();
        using var header = CashRowSql.Prepare(connection, transaction, CashRowSql.Header, CashRowSql.HeaderParameters);
        using var line = CashRowSql.Prepare(connection, transaction, CashRowSql.Line, CashRowSql.LineParameters);
        using var journal = CashRowSql.Prepare(connection, transaction,
            "INSERT INTO core_journal_lines (CompanyId, Book, DocumentId, ModuleId, DocumentType, DocumentNumber, DocumentDate, PostingDate, LineNo, SourceLineNo, AccountCode, CorrespondingAccountCode, Debit, Credit, PartnerId, BranchId, Description, RuleId) " +
            "VALUES ($company, 'Tax', $document, 'cash', $type, $number, $date, $date, $lineNo, $source, $account, $corresponding, $debit, $credit, $partner, NULL, $description, $rule)",
            ["$company", "$document", "$type", "$number", "$date", "$lineNo", "$source", "$account", "$corresponding", "$debit", "$credit", "$partner", "$description", "$rule"]);
        using var cursor = CashRowSql.Prepare(connection, transaction,
            "INSERT INTO syncstate_cursors (BookId, Cursor, HighWater, LastPulledAt, LastSuccessfulSyncAt) VALUES ($book, $cursor, $high, $at, NULL) " +
            "ON CONFLICT (BookId) DO UPDATE SET Cursor = excluded.Cursor, HighWater = excluded.HighWater, LastPulledAt = excluded.LastPulledAt",
            ["$book", "$cursor", "$high", "$at"]);
        using var success = CashRowSql.Prepare(connection, transaction, "UPDATE syncstate_cursors SET LastSuccessfulSyncAt = $at WHERE BookId = $book", ["$at", "$book"]);
        clock.Stop();
        long serverSeq = 0;
        using var pages = vouchers.Chunk(pageSize).GetEnumerator();
        while (pages.MoveNext())
        {
            clock.Start();
            foreach (var (id, number, voucher) in pages.Current)
            {
                CashRowSql.BindHeader(header, id, company, number, voucher).ExecuteNonQuery();
                for (var i = 0; i < voucher.Lines.Count; i++)
                {
                    CashRowSql.BindLine(line, id, i + 1, voucher.Lines[i]).ExecuteNonQuery();
                }

                if (withJournal)
                {
                    WriteJournal(journal, company, id, number, voucher);
                }
            }

            serverSeq += pages.Current.Length;
            if (withJournal)
            {
                CashRowSql.Bind(cursor, book, serverSeq, count, Text(DateTimeOffset.UtcNow));
                cursor.ExecuteNonQuery();
            }

            clock.Stop();
        }

        clock.Start();
        if (withJournal)
        {
            CashRowSql.Bind(success, Text(DateTimeOffset.UtcNow), book);
            success.ExecuteNonQuery();
        }

        await transaction.CommitAsync(cancellationToken);
        clock.Stop();
        return clock.Elapsed;
    }

    private static void WriteJournal(SqliteCommand journal, string company, Guid id, string number, PlannedVoucher voucher)
    {
        foreach (var entry in CashJournal.Derive(voucher))
        {
            CashRowSql.Bind(journal, company, Text(id), CashJournal.DocumentType(voucher.Kind), number, Text(voucher.Date), entry.LineNo, entry.SourceLineNo, entry.Account,
                entry.CorrespondingAccount, Money(entry.Debit), Money(entry.Credit), Text(entry.PartnerId), entry.Description, CashJournal.RuleId(voucher.Kind));
            journal.ExecuteNonQuery();
        }
    }
}
