using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Ledger;
using AmisModular.Benchmarks.Reporting;
using static AmisModular.Benchmarks.Infrastructure.RawSqlite;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// The raw SQLite floor: the same vouchers (same ids, numbers, amounts) written into a fresh copy of the empty client
/// store with Microsoft.Data.Sqlite, prepared commands re-bound per row, ONE transaction, the product's connection
/// settings. <paramref name="withJournal"/> adds the journal lines the apply re-derives (10 per voucher), so the
/// second floor holds every row client B ends with for these vouchers.
/// </summary>
public static class FloorWriter
{
    public static async Task<TimeSpan> WriteAsync(string file, Guid companyId, IEnumerable<SeededVoucher> vouchers, bool withJournal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vouchers);
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        var company = Text(companyId);
        return await Timing.TimeAsync(async () =>
        {
            await using var transaction = connection.BeginTransaction();
            using var header = CashRowSql.Prepare(connection, transaction, CashRowSql.Header, CashRowSql.HeaderParameters);
            using var line = CashRowSql.Prepare(connection, transaction, CashRowSql.Line, CashRowSql.LineParameters);
            using var journal = CashRowSql.Prepare(connection, transaction,
                "INSERT INTO core_journal_lines (CompanyId, Book, DocumentId, ModuleId, DocumentType, DocumentNumber, DocumentDate, PostingDate, LineNo, SourceLineNo, AccountCode, CorrespondingAccountCode, Debit, Credit, PartnerId, BranchId, Description, RuleId) " +
                "VALUES ($company, 'Tax', $document, 'cash', $type, $number, $date, $date, $lineNo, $source, $account, $corresponding, $debit, $credit, $partner, NULL, $description, $rule)",
                ["$company", "$document", "$type", "$number", "$date", "$lineNo", "$source", "$account", "$corresponding", "$debit", "$credit", "$partner", "$description", "$rule"]);
            foreach (var (id, number, voucher) in vouchers)
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

            await transaction.CommitAsync(cancellationToken);
        });
    }

    private static void WriteJournal(Microsoft.Data.Sqlite.SqliteCommand journal, string company, Guid id, string number, PlannedVoucher voucher)
    {
        foreach (var entry in CashJournal.Derive(voucher))
        {
            CashRowSql.Bind(journal, company, Text(id), CashJournal.DocumentType(voucher.Kind), number, Text(voucher.Date), entry.LineNo, entry.SourceLineNo, entry.Account,
                entry.CorrespondingAccount, Money(entry.Debit), Money(entry.Credit), Text(entry.PartnerId), entry.Description, CashJournal.RuleId(voucher.Kind));
            journal.ExecuteNonQuery();
        }
    }
}
