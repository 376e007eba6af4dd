namespace AmisModular.Storage.Tests.Bulk;

public sealed class PostgresBulkInsertChunkTests : BulkInsertChunkTests, IClassFixture<PostgresServer>
{
    private readonly PostgresServer postgres;

    public PostgresBulkInsertChunkTests(PostgresServer postgres)
    {
        this.postgres = postgres;
        using var context = Open();
        context.Database.EnsureCreated();
    }

    protected override BulkProbeContext Open() => BulkProbeContext.Postgres(postgres.ConnectionString);
}
