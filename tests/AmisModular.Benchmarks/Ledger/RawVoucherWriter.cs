using System.Globalization;
using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Modules.Cash.Documents;
using Microsoft.Data.Sqlite;
using static AmisModular.Benchmarks.Infrastructure.RawSqlite;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// The hand-written baseline of save-and-post: one connection kept open, five commands prepared once, and per
/// voucher the same logical rows the product writes — the number taken from the series, the voucher header, its
/// lines, its journal lines and its outbox row. No validation, no period or till check, no ORM: the floor of what
/// the same rows cost in SQLite.
/// </summary>
public sealed class RawVoucherWriter : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private readonly BenchCompany company;
    private readonly Dictionary<CashVoucherKind, string> seriesIds;
    private readonly SqliteCommand number;
    private readonly SqliteCommand header;
    private readonly SqliteCommand line;
    private readonly SqliteCommand journal;
    private readonly SqliteCommand outbox;
    private long lastSeq;

    private RawVoucherWriter(SqliteConnection connection, BenchCompany company, Dictionary<CashVoucherKind, string> seriesIds, long lastSeq)
    {
        this.connection = connection;
        this.company = company;
        this.seriesIds = seriesIds;
        this.lastSeq = lastSeq;
        number = Prepare("UPDATE core_number_series SET NextValue = NextValue + 1 WHERE Id = $id RETURNING NextValue - 1", "$id");
        header = Prepare(
            "INSERT INTO cash_vouchers (Id, Kind, CompanyId, BranchId, Books, TaxNumber, InternalNumber, DocumentDate, PostingDate, PartnerId, PersonName, Address, Description, AttachedDocuments, CashAccount, Currency, Status, Version) " +
            "VALUES ($id, $kind, $company, NULL, 1, $number, NULL, $date, $date, $partner, $person, NULL, $description, 0, $cash, 'VND', 'Posted', 1)",
            "$id", "$kind", "$company", "$number", "$date", "$partner", "$person", "$description", "$cash");
        line = Prepare(
            "INSERT INTO cash_voucher_lines (VoucherId, LineNo, Description, CounterAccount, Amount, PartnerId) VALUES ($voucher, $lineNo, $description, $account, $amount, NULL)",
            "$voucher", "$lineNo", "$description", "$account", "$amount");
        journal = Prepare(
            "INSERT INTO core_journal_lines (CompanyId, Book, DocumentId, ModuleId, DocumentType, DocumentNumber, DocumentDate, PostingDate, LineNo, SourceLineNo, AccountCode, CorrespondingAccountCode, Debit, Credit, PartnerId, BranchId, Description, RuleId) " +
            "VALUES ($company, 'Tax', $document, 'cash', $type, $number, $date, $date, $lineNo, $source, $account, $corresponding, $debit, $credit, $partner, NULL, $description, $rule)",
            "$company", "$document", "$type", "$number", "$date", "$lineNo", "$source", "$account", "$corresponding", "$debit", "$credit", "$partner", "$description", "$rule");
        outbox = Prepare(
            "INSERT INTO sync_outbox (DeviceId, Seq, DocumentId, Module, SchemaVersion, DocumentType, Operation, BaseVersion, LocalNumber, PayloadHash, Payload, State, Reason, CreatedAt) " +
            "VALUES ($device, $seq, $document, 'cash', 1, $type, 'post', 0, $number, $hash, $payload, 'Pending', NULL, $created)",
            "$device", "$seq", "$document", "$type", "$number", "$hash", "$payload", "$created");
    }

    public SqliteConnection Connection => connection;

    /// <summary>Opens the store file and creates the receipt and payment number series the product would create on first use.</summary>
    public static async Task<RawVoucherWriter> OpenAsync(string file, BenchCompany company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        var series = new Dictionary<CashVoucherKind, string>();
        foreach (var kind in new[] { CashVoucherKind.Receipt, CashVoucherKind.Payment })
        {
            var id = Text(Guid.CreateVersion7());
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO core_number_series (Id, CompanyId, Book, DocumentType, Scope, Prefix, Digits, Suffix, NextValue) VALUES ($id, $company, 'Tax', $type, '', $prefix, 5, '', 1)";
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$company", Text(company.CompanyId));
            insert.Parameters.AddWithValue("$type", CashDocumentTypes.For(kind));
            insert.Parameters.AddWithValue("$prefix", CashDocumentTypes.PrefixFor(kind));
            await insert.ExecuteNonQueryAsync(cancellationToken);
            series[kind] = id;
        }

        var lastSeq = await ScalarAsync(connection, $"SELECT COALESCE(MAX(Seq), 0) FROM sync_outbox WHERE DeviceId = '{Text(company.DeviceId)}'", cancellationToken);
        return new RawVoucherWriter(connection, company, series, lastSeq);
    }

    public SqliteTransaction Begin() => connection.BeginTransaction();

    /// <summary>Writes one posted voucher inside <paramref name="transaction"/>.</summary>
    public void Write(PlannedVoucher voucher, SqliteTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        foreach (var command in new[] { number, header, line, journal, outbox })
        {
            command.Transaction = transaction;
        }

        var id = Guid.CreateVersion7();
        var idText = Text(id);
        var companyText = Text(company.CompanyId);
        var date = Text(voucher.Date);
        number.Parameters[0].Value = seriesIds[voucher.Kind];
        var value = Convert.ToInt64(number.ExecuteScalar(), CultureInfo.InvariantCulture);
        var documentNumber = CashDocumentTypes.PrefixFor(voucher.Kind) + value.ToString(CultureInfo.InvariantCulture).PadLeft(5, '0');

        Bind(header, idText, voucher.Kind.ToString(), companyText, documentNumber, date, Text(voucher.PartnerId), voucher.PersonName, voucher.Description, PlannedVoucher.CashAccount);
        header.ExecuteNonQuery();
        for (var i = 0; i < voucher.Lines.Count; i++)
        {
            var planned = voucher.Lines[i];
            Bind(line, idText, i + 1, Nullable(planned.Description), planned.CounterAccount, Money(planned.Amount));
            line.ExecuteNonQuery();
        }

        var type = CashJournal.DocumentType(voucher.Kind);
        var rule = CashJournal.RuleId(voucher.Kind);
        foreach (var entry in CashJournal.Derive(voucher))
        {
            Bind(journal, companyText, idText, type, documentNumber, date, entry.LineNo, entry.SourceLineNo, entry.Account, entry.CorrespondingAccount,
                Money(entry.Debit), Money(entry.Credit), Text(entry.PartnerId), entry.Description, rule);
            journal.ExecuteNonQuery();
        }

        var (payload, hash) = RawPayload.Write(voucher, id, company.CompanyId, documentNumber);
        Bind(outbox, Text(company.DeviceId), ++lastSeq, idText, type, documentNumber, hash, payload, Text(DateTimeOffset.UtcNow));
        outbox.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { number, header, line, journal, outbox })
        {
            await command.DisposeAsync();
        }

        await connection.DisposeAsync();
    }

    private static void Bind(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            Parameter(command, name);
        }

        command.Prepare();
        return command;
    }
}
