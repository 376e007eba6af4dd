using System.Text.RegularExpressions;
using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Ledger;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// Keeps a floor honest: it must write the rows the product wrote, no fewer and no other. Every table holds as many
/// rows in the floor's file as in the product's (but the tables named as written outside the measured phase), and
/// sample rows are equal column by column: same columns, same SQLite storage class, same value. A moment (a timestamp
/// the product and the floor took at different instants) must only have the same encoding. When the product changes
/// what or how it stores, this fails the run instead of comparing unlike work.
/// </summary>
public static partial class FloorCheck
{
    public static async Task VerifySameCountsAsync(string what, string productFile, string floorFile, IReadOnlyCollection<string> except, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(except);
        var product = await CountsAsync(productFile, cancellationToken);
        var floor = await CountsAsync(floorFile, cancellationToken);
        foreach (var table in product.Keys.Union(floor.Keys).Except(except).Order(StringComparer.Ordinal))
        {
            BenchmarkMismatchException.ThrowIfDifferent($"{what}: rows in {table}", product.GetValueOrDefault(table, -1), floor.GetValueOrDefault(table, -1));
        }
    }

    /// <param name="sql">A query naming the rows to compare (with an ORDER BY when it selects several).</param>
    public static async Task VerifySameRowsAsync(
        string what, string productFile, string floorFile, string sql, IReadOnlyDictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        var product = await RowsAsync(productFile, sql, parameters, cancellationToken);
        var floor = await RowsAsync(floorFile, sql, parameters, cancellationToken);
        if (product.Count == 0)
        {
            throw new BenchmarkMismatchException($"MISMATCH in {what}: the product's store has no row for {sql}");
        }

        BenchmarkMismatchException.ThrowIfDifferent($"{what}: rows", product.Count, floor.Count);
        for (var r = 0; r < product.Count; r++)
        {
            BenchmarkMismatchException.ThrowIfDifferent($"{what}: columns", string.Join(", ", product[r].Select(c => c.Column)), string.Join(", ", floor[r].Select(c => c.Column)));
            for (var c = 0; c < product[r].Length; c++)
            {
                var (column, expected) = product[r][c];
                var actual = floor[r][c].Value;
                BenchmarkMismatchException.ThrowIfDifferent($"{what}: storage class of {column} (row {r + 1})", expected.GetType().Name, actual.GetType().Name);
                if (!SameValue(expected, actual))
                {
                    BenchmarkMismatchException.ThrowIfDifferent($"{what}: {column} (row {r + 1})", Show(expected), Show(actual));
                }
            }
        }
    }

    private static bool SameValue(object product, object floor) =>
        product is byte[] a && floor is byte[] b ? a.AsSpan().SequenceEqual(b)
        : Equals(product, floor) || (product is string p && floor is string f && Moment().IsMatch(p) && Moment().IsMatch(f));

    private static string Show(object value) => value is DBNull ? "NULL" : $"{value}";

    private static async Task<Dictionary<string, long>> CountsAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = await RawSqlite.ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table}\"", cancellationToken);
        }

        return counts;
    }

    private static async Task<List<(string Column, object Value)[]>> RowsAsync(
        string file, string sql, IReadOnlyDictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<(string Column, object Value)[]>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // GetValue answers the value's own storage class (INTEGER, REAL, TEXT, BLOB or NULL), not the declared type.
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => (reader.GetName(i), reader.GetValue(i)))]);
        }

        return rows;
    }

    /// <summary>EF Core's SQLite text for a DateTimeOffset (RawSqlite.Text writes the same).</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,7})?[+-]\d{2}:\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Moment();
}
