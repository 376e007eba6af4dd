using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AmisModular.Storage.Tests.Bulk;

public sealed class PostgresBulkInsertTests : BulkInsertTests, IClassFixture<PostgresServer>
{
    private readonly PostgresServer postgres;

    public PostgresBulkInsertTests(PostgresServer postgres)
    {
        this.postgres = postgres;
        using var context = Open();
        context.Database.EnsureCreated();
    }

    [Fact]
    public async Task BulkInsertAsync_TextLongerThanItsColumn_RefusedByTheDatabaseNotCut()
    {
        var row = Sample(Code(), 1);
        row.Code = new string('x', 21);
        await using var context = Open();
        await using var transaction = await context.Database.BeginTransactionAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => AmisModular.Storage.Bulk.BulkInsert.BulkInsertAsync(context, [row], CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.StringDataRightTruncation, error.SqlState);
    }

    protected override BulkProbeContext Open() => BulkProbeContext.Postgres(postgres.ConnectionString);
}
