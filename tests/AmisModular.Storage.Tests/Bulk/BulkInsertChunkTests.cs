using AmisModular.Storage.Bulk;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Tests.Bulk;

/// <summary>
/// The writer sends k rows per statement (k from the provider and the column count; 1 on SQLite) plus one statement
/// for the remainder: every row count around a chunk boundary must store every row once, and a refused row in a later
/// chunk must stop the call before any row of its own chunk is executed (earlier chunks were executed, in the
/// caller's transaction, and go with its rollback).
/// </summary>
public abstract class BulkInsertChunkTests
{
    /// <summary>Row counts as (chunks, extra rows): 0, 1, k-1, k, k+1, 2k+3.</summary>
    public static TheoryData<int, int> Boundaries() => new() { { 0, 0 }, { 0, 1 }, { 1, -1 }, { 1, 0 }, { 1, 1 }, { 2, 3 } };

    protected abstract BulkProbeContext Open();

    /// <summary>Rows per statement for BulkProbeRow (11 columns, its key a client-set Guid) on this provider.</summary>
    private int K() => KFor(11);

    private int KFor(int width)
    {
        using var context = Open();
        return BulkInsertStatement.RowsPerStatement(context, width);
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task BulkInsertAsync_RowCountAroundChunkBoundary_StoresEveryRowOnce(int chunks, int extra)
    {
        var count = (chunks * K()) + extra;
        var code = BulkInsertSamples.Code();
        var rows = Enumerable.Range(1, count).Select(i => BulkInsertSamples.Sample(code, i)).ToList();
        await using (var context = Open())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            Assert.Equal(count, await context.BulkInsertAsync(rows, CancellationToken.None));
            await transaction.CommitAsync();
        }

        await using var reader = Open();
        var stored = await reader.Rows.AsNoTracking().Where(r => r.Code == code).ToDictionaryAsync(r => r.Id);
        Assert.Equal(count, stored.Count);
        foreach (var row in rows)
        {
            var back = stored[row.Id];
            Assert.Equal((row.Note, row.Amount, row.Rate, row.Date, row.At, row.Kind, row.Flag, row.Counter, row.Optional),
                (back.Note, back.Amount, back.Rate, back.Date, back.At, back.Kind, back.Flag, back.Counter, back.Optional));
        }
    }

    [Fact]
    public void RowsPerStatement_AnyWidth_StaysUnderSqlServerLimits()
    {
        foreach (var width in new[] { 0, 1, 2, 11, 40, 2000, 2101, 5000 })
        {
            var rows = BulkInsertStatement.RowsPerStatement(width);
            Assert.InRange(rows, 1, 1000);
            Assert.True(width <= 2000 ? rows * width <= 2000 : rows == 1, $"{width} columns: {rows} rows");
        }
    }

    [Fact]
    public async Task BulkInsertAsync_RefusedRowInSecondChunk_FirstChunkWrittenNoRowOfItsOwnChunk()
    {
        var code = BulkInsertSamples.Code();
        var k = K();
        var rows = Enumerable.Range(1, (2 * k) + 3).Select(i => BulkInsertSamples.Sample(code, i)).ToList();
        // The last row of the second chunk: the chunk's first row must not have been executed either.
        rows[(2 * k) - 1].Code = null!;
        await using var context = Open();
        await using var transaction = await context.Database.BeginTransactionAsync();

        var error = await Assert.ThrowsAsync<BulkInsertRowException>(() => context.BulkInsertAsync(rows, CancellationToken.None));

        Assert.Contains("BulkProbeRow.Code", error.Message, StringComparison.Ordinal);
        Assert.Equal(k, await context.Rows.CountAsync(r => r.Code == code));
        Assert.Equal(0, await context.Rows.CountAsync(r => r.Id == rows[k].Id));
        await transaction.RollbackAsync();
        await using var reader = Open();
        Assert.Equal(0, await reader.Rows.CountAsync(r => r.Code == code));
    }

    [Fact]
    public async Task BulkInsertAsync_DatabaseGeneratedKeysOverSeveralChunks_AllDistinct()
    {
        var label = BulkInsertSamples.Code();
        var count = (2 * KFor(1)) + 3;
        await using var context = Open();

        await context.BulkInsertAsync(Enumerable.Range(0, count).Select(_ => new BulkProbeCounter { Label = label }), CancellationToken.None);

        var ids = await context.Counters.Where(c => c.Label == label).Select(c => c.Id).ToListAsync();
        Assert.Equal(count, ids.Distinct().Count());
    }

    [Fact]
    public async Task BulkInsertAsync_GeneratedKeySetInALaterChunk_RefusedNamingTheProperty()
    {
        var label = BulkInsertSamples.Code();
        var rows = Enumerable.Range(0, KFor(1) + 2).Select(_ => new BulkProbeCounter { Label = label }).ToList();
        rows[^1].Id = 900_001;
        await using var context = Open();
        await using var transaction = await context.Database.BeginTransactionAsync();

        var error = await Assert.ThrowsAsync<BulkInsertRowException>(() => context.BulkInsertAsync(rows, CancellationToken.None));

        Assert.Contains("BulkProbeCounter.Id", error.Message, StringComparison.Ordinal);
    }
}
