using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Bulk;

/// <summary>
/// One multi-row INSERT of a fixed number of rows, re-bound and executed once per chunk. Sending k rows per statement
/// divides the per-statement costs (command execution, the provider's async machinery, sqlite3_step/reset, a network
/// round trip) by k; those, not the values, were most of the per-row cost of the one-row statement.
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

    /// <summary>How many rows one statement carries for a call writing <paramref name="width"/> columns per row.</summary>
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
