using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Bulk;

/// <summary>
/// One INSERT of a fixed number of rows (one VALUES tuple each), re-bound and executed once per chunk. On a server
/// database k rows per statement divide the round trips and per-statement costs by k; on SQLite k is 1 (see
/// <see cref="RowsPerStatement(DbContext, int)"/>).
/// </summary>
internal sealed class BulkInsertStatement : IAsyncDisposable
{
    /// <summary>
    /// Parameters per statement: under SQL Server's 2100 (the strictest of the three providers; SQLite allows 32766
    /// since 3.32, Npgsql 65535), so the same statement shape is valid everywhere.
    /// </summary>
    internal const int MaxParameters = 2000;

    /// <summary>SQL Server accepts at most 1000 row value expressions in one VALUES clause.</summary>
    internal const int MaxRows = 1000;

    private readonly DbCommand command;
    private readonly DbParameter[] parameters;
    private readonly BulkInsertColumns columns;
    private int executions;

    public BulkInsertStatement(DbContext context, BulkInsertTable table, BulkInsertColumns columns, int rowCount)
    {
        this.columns = columns;
        RowCount = rowCount;
        command = table.CreateCommand(context, columns, rowCount, out parameters);
    }

    public int RowCount { get; }

    /// <summary>
    /// How many rows one statement carries for a call writing <paramref name="width"/> columns per row. One on SQLite:
    /// there is no round trip to save, and the multi-row statement measured slower per row at every k tried (bulk
    /// benchmark, 10 columns: ~1.5× the raw floor at k=1, 1.9-2.1× at k=2..10; probably the code SQLite generates for
    /// a multi-row VALUES), and Microsoft.Data.Sqlite looks every parameter up by name (sqlite3_bind_parameter_index,
    /// a linear scan) on every execution, which made k=181 eight times the floor. On PostgreSQL (loopback, 11 columns)
    /// k=181 took ~10 µs per row against ~59 µs at k=1.
    /// </summary>
    public static int RowsPerStatement(DbContext context, int width) =>
        context.Database.IsSqlite() ? 1 : RowsPerStatement(width);

    /// <summary>Rows per statement for the providers that pay a round trip per statement (PostgreSQL, SQL Server).</summary>
    public static int RowsPerStatement(int width) => Math.Clamp(MaxParameters / Math.Max(1, width), 1, MaxRows);

    /// <summary>
    /// Binds the first <see cref="RowCount"/> rows of <paramref name="rows"/>, all of them before executing, so a row the
    /// writer refuses (<see cref="BulkInsertRowException"/>) stops the call before any row of its chunk reaches the database.
    /// </summary>
    public async Task<int> ExecuteAsync(object[] rows, CancellationToken cancellationToken)
    {
        for (var i = 0; i < RowCount; i++)
        {
            BulkInsertTable.Bind(parameters, i, columns, rows[i]);
        }

        if (executions++ == 1)
        {
            // Prepared for its second use, after a bind (Npgsql needs a value or a type on every parameter to prepare):
            // preparing a statement used once would cost Npgsql an extra round trip for nothing.
            await command.PrepareAsync(cancellationToken);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
