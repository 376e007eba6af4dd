using System.Data.Common;
using AmisModular.Storage.Bulk;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Tests.Bulk;

/// <summary>
/// The bulk writer must store exactly what SaveChanges stores (same columns, same values, same storage classes), in
/// the caller's transaction, and refuse what it cannot write faithfully. Run on SQLite and on a real PostgreSQL.
/// </summary>
public abstract class BulkInsertTests
{
    protected abstract BulkProbeContext Open();

    [Fact]
    public async Task BulkInsertAsync_SameRowAsSaveChanges_StoresIdenticalColumns()
    {
        var code = Code();
        var saved = Sample(code, 0);
        var bulk = Sample(code, 0);
        bulk.Id = Guid.CreateVersion7();
        await using (var context = Open())
        {
            context.Rows.Add(saved);
            await context.SaveChangesAsync();
        }

        await InsertCommittedAsync([bulk]);

        var rows = await ReadRawAsync(code);
        Assert.Equal(2, rows.Count);
        var (first, second) = (rows[0], rows[1]);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var column in first.Keys.Where(c => c != nameof(BulkProbeRow.Id)))
        {
            Assert.True(Equals(first[column], second[column]), $"column {column}: SaveChanges stored {first[column]}, bulk stored {second[column]}");
        }
    }

    [Fact]
    public async Task BulkInsertAsync_ManyRows_ReadBackEqualThroughEf()
    {
        var code = Code();
        var rows = Enumerable.Range(1, 300).Select(i => Sample(code, i)).ToList();

        var written = await InsertCommittedAsync(rows);

        Assert.Equal(300, written);
        await using var context = Open();
        var stored = await context.Rows.AsNoTracking().Where(r => r.Code == code).ToDictionaryAsync(r => r.Id);
        Assert.Equal(300, stored.Count);
        foreach (var row in rows)
        {
            var back = stored[row.Id];
            Assert.Equal((row.Note, row.Amount, row.Rate, row.Date, row.At, row.Kind, row.Flag, row.Counter, row.Optional),
                (back.Note, back.Amount, back.Rate, back.Date, back.At, back.Kind, back.Flag, back.Counter, back.Optional));
        }
    }

    [Fact]
    public async Task BulkInsertAsync_TransactionRolledBack_LeavesNoRow()
    {
        var code = Code();
        await using (var context = Open())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            await context.BulkInsertAsync(Enumerable.Range(1, 20).Select(i => Sample(code, i)), CancellationToken.None);
            Assert.Equal(20, await context.Rows.CountAsync(r => r.Code == code));
            await transaction.RollbackAsync();
        }

        await using var reader = Open();
        Assert.Equal(0, await reader.Rows.CountAsync(r => r.Code == code));
    }

    [Fact]
    public async Task BulkInsertAsync_DatabaseGeneratedKey_IsLeftToTheDatabase()
    {
        var label = Code();
        await using var context = Open();

        await context.BulkInsertAsync([new BulkProbeCounter { Label = label }, new BulkProbeCounter { Label = label }], CancellationToken.None);

        var ids = await context.Counters.Where(c => c.Label == label).Select(c => c.Id).ToListAsync();
        Assert.Equal(2, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(id > 0));
    }

    [Fact]
    public async Task BulkInsertAsync_GeneratedKeySetOnALaterRowOnly_RefusedNamingTheProperty()
    {
        await using var context = Open();
        await using var transaction = await context.Database.BeginTransactionAsync();

        var error = await Assert.ThrowsAsync<BulkInsertRowException>(() =>
            context.BulkInsertAsync([new BulkProbeCounter { Label = "a" }, new BulkProbeCounter { Id = 900_000, Label = "b" }], CancellationToken.None));

        Assert.Contains("BulkProbeCounter.Id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkInsertAsync_EmptyGuidKey_RefusedNamingTheProperty()
    {
        var row = Sample(Code(), 1);
        row.Id = Guid.Empty;
        await using var context = Open();

        var error = await Assert.ThrowsAsync<BulkInsertRowException>(() => context.BulkInsertAsync([row], CancellationToken.None));

        Assert.Contains("BulkProbeRow.Id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkInsertAsync_RequiredValueMissing_RefusedNamingTheProperty()
    {
        var row = Sample(Code(), 1);
        row.Code = null!;
        await using var context = Open();

        var error = await Assert.ThrowsAsync<BulkInsertRowException>(() => context.BulkInsertAsync([row], CancellationToken.None));

        Assert.Contains("BulkProbeRow.Code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkInsertAsync_OwnedValueObject_RefusedAsNotSupported()
    {
        await using var context = Open();

        var error = await Assert.ThrowsAsync<BulkInsertNotSupportedException>(() =>
            context.BulkInsertAsync([new BulkProbeOwner { Id = Guid.CreateVersion7(), Address = new BulkProbeAddress { Street = "1 Tràng Tiền" } }], CancellationToken.None));

        Assert.Contains("BulkProbeOwner", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkInsertAsync_NoRows_WritesNothing()
    {
        await using var context = Open();

        Assert.Equal(0, await context.BulkInsertAsync(Array.Empty<BulkProbeRow>(), CancellationToken.None));
    }

    protected static string Code() => BulkInsertSamples.Code();

    protected static BulkProbeRow Sample(string code, int i) => BulkInsertSamples.Sample(code, i);

    private async Task<int> InsertCommittedAsync(IEnumerable<BulkProbeRow> rows)
    {
        await using var context = Open();
        await using var transaction = await context.Database.BeginTransactionAsync();
        var written = await context.BulkInsertAsync(rows, CancellationToken.None);
        await transaction.CommitAsync();
        return written;
    }

    /// <summary>The stored rows as the database returns them (provider values and types), not through EF's converters.</summary>
    private async Task<List<Dictionary<string, (object? Value, Type Type)>>> ReadRawAsync(string code)
    {
        await using var context = Open();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM bulk_rows WHERE \"Code\" = @code";
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = ("@code", code);
        command.Parameters.Add(parameter);
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, (object? Value, Type Type)>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName,
                i => (reader.IsDBNull(i) ? null : reader.GetValue(i), reader.GetFieldType(i))));
        }

        return rows;
    }
}
