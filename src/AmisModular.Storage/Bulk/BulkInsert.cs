using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Bulk;

/// <summary>
/// Writes many new rows of one entity type far faster than SaveChanges: INSERTs of k rows each (k=1 on SQLite, up to
/// 2000 parameters on server databases: <see cref="BulkInsertStatement"/>), one statement of k rows prepared once and
/// re-bound per chunk plus one for the remainder, on the context's connection and current transaction. SaveChanges re-generates and
/// re-compiles its statements on every call and tracks every entity, which made applying a page of synced documents
/// cost ~10× the raw writes. Values go through the model's own type mappings and value converters, so the stored
/// values are the ones SaveChanges would store (money as integer ten-thousandths, Guids and dates in the provider's
/// text form). The rows are not tracked.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// Inserts <paramref name="rows"/> in the context's current transaction (the unit's); returns how many were written.
    /// Rows are sent in chunks of k: every row of a chunk is checked before the chunk is executed, but the chunks before
    /// a refused row or a database error have been executed. Without a transaction those rows stay; in one (the
    /// unit's), rolling it back removes them.
    /// </summary>
    /// <exception cref="BulkInsertNotSupportedException">The entity type's mapping is one this writer does not handle.</exception>
    /// <exception cref="BulkInsertRowException">A row lacks a value the database cannot generate, or disagrees with the first row on which columns the database generates.</exception>
    public static async Task<int> BulkInsertAsync<TEntity>(this DbContext context, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        using var enumerator = rows.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            return 0;
        }

        var table = BulkInsertTable.For(context, typeof(TEntity));
        var columns = table.ColumnsFor(enumerator.Current);
        var chunk = new object[BulkInsertStatement.RowsPerStatement(context, columns.Written.Length)];
        await context.Database.OpenConnectionAsync(cancellationToken);
        BulkInsertStatement? full = null;
        try
        {
            var written = 0;
            var count = 0;
            do
            {
                chunk[count++] = enumerator.Current;
                if (count == chunk.Length)
                {
                    full ??= new BulkInsertStatement(context, table, columns, chunk.Length);
                    written += await full.ExecuteAsync(chunk, cancellationToken);
                    count = 0;
                }
            }
            while (enumerator.MoveNext());

            if (count > 0)
            {
                await using var remainder = new BulkInsertStatement(context, table, columns, count);
                written += await remainder.ExecuteAsync(chunk, cancellationToken);
            }

            return written;
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }

            await context.Database.CloseConnectionAsync();
        }
    }
}
