using System.Globalization;
using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Ledger;
using AmisModular.Ledger.Companies;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Sync;
using AmisModular.Storage.Json;
using Microsoft.Data.Sqlite;
using static AmisModular.Benchmarks.Infrastructure.RawSqlite;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// Seeds client A with N posted cash vouchers waiting in the outbox, fast: posting through CashVoucherService runs at
/// about 85 vouchers/s here and seeding is not what is measured. Per voucher it writes, in one transaction for all,
/// the rows save-and-post writes: the header, its lines, the journal lines of the cash posting rule (the ledger
/// benchmark checks those against the product), and the outbox row whose payload is built by the adapter's own
/// payload type (CashVoucherPayload.From, CanonicalJson.Serialize, SHA-256) with operation post, base version 0 and
/// the number as local number, as CashVoucherService enqueues it. The number series are left where the product
/// would leave them. <see cref="SeedCheck"/> then has the product export vouchers and compares.
/// </summary>
public static class OutboxSeeder
{
    /// <returns>The seeded ids in seq order (16 bytes per voucher: the plan itself is not kept).</returns>
    public static async Task<Guid[]> SeedAsync(
        string file, Guid companyId, Guid deviceId, string series, IEnumerable<PlannedVoucher> plan, CancellationToken cancellationToken)
    {
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var writer = new Writer(connection, transaction);
        var company = Text(companyId);
        var numbers = new Dictionary<CashVoucherKind, int> { [CashVoucherKind.Receipt] = 0, [CashVoucherKind.Payment] = 0 };
        var seeded = new List<Guid>();
        var created = Text(DateTimeOffset.UtcNow);
        foreach (var voucher in plan)
        {
            var id = Guid.CreateVersion7();
            var number = Prefix(voucher.Kind, series) + (++numbers[voucher.Kind]).ToString("000000", CultureInfo.InvariantCulture);
            writer.Header(id, company, number, voucher);
            for (var i = 0; i < voucher.Lines.Count; i++)
            {
                writer.Line(id, i + 1, voucher.Lines[i]);
            }

            foreach (var entry in CashJournal.Derive(voucher))
            {
                writer.Journal(company, id, number, voucher, entry);
            }

            var payload = CanonicalJson.Serialize(CashVoucherPayload.From(ToEntity(id, companyId, number, voucher)));
            writer.Outbox(Text(deviceId), seeded.Count + 1, id, CashDocumentTypes.For(voucher.Kind), number, CanonicalJson.Sha256Hex(payload), payload, created);
            seeded.Add(id);
        }

        foreach (var (kind, last) in numbers)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO core_number_series (Id, CompanyId, Book, DocumentType, Scope, Prefix, Digits, Suffix, NextValue) VALUES ($id, $company, 'Tax', $type, '', $prefix, 6, '', $next)";
            insert.Parameters.AddWithValue("$id", Text(Guid.CreateVersion7()));
            insert.Parameters.AddWithValue("$company", company);
            insert.Parameters.AddWithValue("$type", CashDocumentTypes.For(kind));
            insert.Parameters.AddWithValue("$prefix", Prefix(kind, series));
            insert.Parameters.AddWithValue("$next", last + 1);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        writer.Dispose();
        return [.. seeded];
    }

    /// <summary>The seeded vouchers again, from the same plan and the seeded ids: the same numbers, in the same order.</summary>
    public static IEnumerable<SeededVoucher> Replay(IEnumerable<PlannedVoucher> plan, IReadOnlyList<Guid> ids, string series)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var numbers = new Dictionary<CashVoucherKind, int> { [CashVoucherKind.Receipt] = 0, [CashVoucherKind.Payment] = 0 };
        var i = 0;
        foreach (var voucher in plan)
        {
            yield return new SeededVoucher(ids[i++], Prefix(voucher.Kind, series) + (++numbers[voucher.Kind]).ToString("000000", CultureInfo.InvariantCulture), voucher);
        }
    }

    public static string Prefix(CashVoucherKind kind, string series) => $"{CashDocumentTypes.PrefixFor(kind)}-{series}-";

    /// <summary>The entity save-and-post leaves in memory, so the adapter's payload type serializes it as it would.</summary>
    public static CashVoucher ToEntity(Guid id, Guid companyId, string number, PlannedVoucher voucher)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        return new CashVoucher
        {
            Id = id, Kind = voucher.Kind, CompanyId = companyId, Books = BookSet.Tax, TaxNumber = number, DocumentDate = voucher.Date, PostingDate = voucher.Date,
            PartnerId = voucher.PartnerId, PersonName = voucher.PersonName, Description = voucher.Description, CashAccount = PlannedVoucher.CashAccount,
            Currency = "VND", Status = CashVoucherStatus.Posted, Version = 1,
            Lines = [.. voucher.Lines.Select((l, i) => new CashVoucherLine { VoucherId = id, LineNo = i + 1, CounterAccount = l.CounterAccount, Amount = l.Amount, Description = l.Description })],
        };
    }

    /// <summary>Four commands prepared once and re-bound per row.</summary>
    private sealed class Writer : IDisposable
    {
        private readonly SqliteCommand header;
        private readonly SqliteCommand line;
        private readonly SqliteCommand journal;
        private readonly SqliteCommand outbox;

        public Writer(SqliteConnection connection, SqliteTransaction transaction)
        {
            header = Prepare(connection, transaction, CashRowSql.Header, CashRowSql.HeaderParameters);
            line = Prepare(connection, transaction, CashRowSql.Line, CashRowSql.LineParameters);
            journal = Prepare(connection, transaction,
                "INSERT INTO core_journal_lines (CompanyId, Book, DocumentId, ModuleId, DocumentType, DocumentNumber, DocumentDate, PostingDate, LineNo, SourceLineNo, AccountCode, CorrespondingAccountCode, Debit, Credit, PartnerId, BranchId, Description, RuleId) " +
                "VALUES ($company, 'Tax', $document, 'cash', $type, $number, $date, $date, $lineNo, $source, $account, $corresponding, $debit, $credit, $partner, NULL, $description, $rule)",
                ["$company", "$document", "$type", "$number", "$date", "$lineNo", "$source", "$account", "$corresponding", "$debit", "$credit", "$partner", "$description", "$rule"]);
            outbox = Prepare(connection, transaction,
                "INSERT INTO sync_outbox (DeviceId, Seq, DocumentId, Module, SchemaVersion, DocumentType, Operation, BaseVersion, LocalNumber, PayloadHash, Payload, State, Reason, CreatedAt) " +
                "VALUES ($device, $seq, $document, 'cash', 1, $type, 'post', 0, $number, $hash, $payload, 'Pending', NULL, $created)",
                ["$device", "$seq", "$document", "$type", "$number", "$hash", "$payload", "$created"]);
        }

        public void Header(Guid id, string company, string number, PlannedVoucher voucher) =>
            CashRowSql.BindHeader(header, id, company, number, voucher).ExecuteNonQuery();

        public void Line(Guid voucherId, int lineNo, PlannedLine planned) => CashRowSql.BindLine(line, voucherId, lineNo, planned).ExecuteNonQuery();

        public void Journal(string company, Guid id, string number, PlannedVoucher voucher, CashJournal.Entry entry)
        {
            Bind(journal, company, Text(id), CashJournal.DocumentType(voucher.Kind), number, Text(voucher.Date), entry.LineNo, entry.SourceLineNo, entry.Account,
                entry.CorrespondingAccount, Money(entry.Debit), Money(entry.Credit), Text(entry.PartnerId), entry.Description, CashJournal.RuleId(voucher.Kind));
            journal.ExecuteNonQuery();
        }

        public void Outbox(string device, long seq, Guid id, string type, string number, string hash, string payload, string created)
        {
            Bind(outbox, device, seq, Text(id), type, number, hash, payload, created);
            outbox.ExecuteNonQuery();
        }

        public void Dispose()
        {
            header.Dispose();
            line.Dispose();
            journal.Dispose();
            outbox.Dispose();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, string[] parameters) =>
        CashRowSql.Prepare(connection, transaction, sql, parameters);

    private static void Bind(SqliteCommand command, params object[] values) => CashRowSql.Bind(command, values);
}
