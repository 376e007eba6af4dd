using System.Globalization;
using AmisModular.Storage.Money;
using Microsoft.Data.Sqlite;

namespace AmisModular.Benchmarks.Infrastructure;

/// <summary>
/// What the hand-written baselines use: a plain Microsoft.Data.Sqlite connection with the same per-connection
/// settings as the product's (WAL, busy timeout, foreign keys on, default synchronous), and the product's column
/// encodings written by hand (EF Core's SQLite mapping: GUID as upper-case text, dates as yyyy-MM-dd text,
/// money as integer ten-thousandths).
/// </summary>
public static class RawSqlite
{
    public static async Task<SqliteConnection> OpenAsync(string file, bool pooling, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWrite,
            ForeignKeys = true,
            Pooling = pooling,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public static async Task<long> ScalarAsync(string file, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(file, pooling: false, cancellationToken);
        return await ScalarAsync(connection, sql, cancellationToken);
    }

    public static string Text(Guid id) => id.ToString("D").ToUpperInvariant();

    public static object Text(Guid? id) => id is { } value ? Text(value) : DBNull.Value;

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    public static long Money(decimal amount) => MoneyStorage.ToStored(amount);

    public static object Nullable(string? text) => text is null ? DBNull.Value : text;

    /// <summary>Adds a named parameter to a command that is prepared once and re-bound for every row.</summary>
    public static SqliteParameter Parameter(SqliteCommand command, string name)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Parameters.Add(new SqliteParameter(name, null));
    }
}
