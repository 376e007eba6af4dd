using AmisModular.Storage.Configuration;

namespace AmisModular.Cloud.Tests.Push;

public sealed class SqlitePushEquivalenceTests : PushEquivalenceTests, IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    protected override Task<PushTwin> TwinAsync() =>
        PushTwin.CreateAsync(StoreProvider.Sqlite, $"Data Source={directory.File("reference.db")}", $"Data Source={directory.File("candidate.db")}");
}
