namespace AmisModular.Storage.Tests.Bulk;

public sealed class SqliteBulkInsertChunkTests : BulkInsertChunkTests, IDisposable
{
    private readonly TempDirectory directory = new();

    public SqliteBulkInsertChunkTests()
    {
        using var context = Open();
        context.Database.EnsureCreated();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    protected override BulkProbeContext Open() => BulkProbeContext.Sqlite(directory.File("bulk.db"));
}
