using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Ledger;
using Microsoft.Data.Sqlite;
using static AmisModular.Benchmarks.Infrastructure.RawSqlite;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// The cash module's header and line rows in its own tables and encodings (as RawVoucherWriter writes them for the
/// ledger benchmark): shared by the seeder of client A and the floor, so both write the very same rows.
/// </summary>
public static class CashRowSql
{
    public const string Header =
        "INSERT INTO cash_vouchers (Id, Kind, CompanyId, BranchId, Books, TaxNumber, InternalNumber, DocumentDate, PostingDate, PartnerId, PersonName, Address, Description, AttachedDocuments, CashAccount, Currency, Status, Version) " +
        "VALUES ($id, $kind, $company, NULL, 1, $number, NULL, $date, $date, $partner, $person, NULL, $description, 0, $cash, 'VND', 'Posted', 1)";

    public const string Line =
        "INSERT INTO cash_voucher_lines (VoucherId, LineNo, Description, CounterAccount, Amount, PartnerId) VALUES ($voucher, $lineNo, $description, $account, $amount, NULL)";

    public static readonly string[] HeaderParameters = ["$id", "$kind", "$company", "$number", "$date", "$partner", "$person", "$description", "$cash"];

    public static readonly string[] LineParameters = ["$voucher", "$lineNo", "$description", "$account", "$amount"];

    public static SqliteCommand BindHeader(SqliteCommand command, Guid id, string company, string number, PlannedVoucher voucher)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        Bind(command, Text(id), voucher.Kind.ToString(), company, number, Text(voucher.Date), Text(voucher.PartnerId), voucher.PersonName, voucher.Description, PlannedVoucher.CashAccount);
        return command;
    }

    public static SqliteCommand BindLine(SqliteCommand command, Guid voucherId, int lineNo, PlannedLine planned)
    {
        ArgumentNullException.ThrowIfNull(planned);
        Bind(command, Text(voucherId), lineNo, Nullable(planned.Description), planned.CounterAccount, Money(planned.Amount));
        return command;
    }

    public static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, string[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            Parameter(command, name);
        }

        command.Prepare();
        return command;
    }

    public static void Bind(SqliteCommand command, params object[] values)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(values);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}
