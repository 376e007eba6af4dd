using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using AmisModular.Storage.Migrating;
using AmisModular.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AmisModular.Storage.Tests.Migrating;

public sealed class StoreMigratorTests
{
    [Fact]
    public async Task MigrateAsync_SecondRunOnSameFile_AppliesNothingAndKeepsData()
    {
        await using var store = await TempStore.CreateAsync();
        await store.ExecuteAsync("INSERT INTO probe_documents (Id, Name, Amount, Currency) VALUES ('00000000-0000-0000-0000-000000000001', 'x', 10000, 'VND')");

        var second = await store.Migrator.MigrateAsync(["sync"], CancellationToken.None);

        Assert.Empty(second);
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM probe_documents"));
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM sync_migrations_history"));
    }

    [Fact]
    public async Task MigrateAsync_EmptyFile_CreatesPrefixedTablesAndPerModuleHistory()
    {
        await using var store = await TempStore.CreateAsync();

        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='sync_outbox'"));
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='sync_migrations_history'"));
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='__EFMigrationsHistory'"));
        Assert.Equal(0, await store.ScalarAsync(
            "SELECT COUNT(*) FROM sqlite_master WHERE type IN ('table','index') AND name NOT LIKE 'sync%' AND name NOT LIKE 'probe%' " +
            "AND name NOT LIKE 'PK_%' AND name NOT LIKE 'IX_sync%' AND name NOT LIKE 'IX_probe%' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsLock'"));
    }

    [Fact]
    public void Order_CoreThenSyncThenModulesInHostOrder()
    {
        var sqlite = typeof(ProbeDbContext);
        ModuleStoreRegistration Make(string id, int order) =>
            new(id, id, order, typeof(ProbeDbContext), new Dictionary<StoreProvider, Type> { [StoreProvider.Sqlite] = sqlite });
        var order = StoreMigrator.Order([Make("bank", 100), Make("cash", 100), Make("sync", 10), Make("core", 0)], ["cash", "bank"])
            .Select(r => r.ModuleId);

        Assert.Equal(["core", "sync", "cash", "bank"], order);
    }

    [Fact]
    public void Catalog_TwoModulesClaimingOneSchema_IsRefused()
    {
        var map = new Dictionary<StoreProvider, Type> { [StoreProvider.Sqlite] = typeof(ProbeDbContext) };
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleStoreCatalog(
            [new ModuleStoreRegistration("cash", "cash", 100, typeof(ProbeDbContext), map), new ModuleStoreRegistration("cash2", "CASH", 100, typeof(ProbeDbContext), map)]));
        Assert.Contains("cash2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_OneContextTypeForTwoModules_IsRefused()
    {
        var map = new Dictionary<StoreProvider, Type> { [StoreProvider.Sqlite] = typeof(ProbeDbContext) };
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleStoreCatalog(
            [new ModuleStoreRegistration("a", "a", 100, typeof(ProbeDbContext), map), new ModuleStoreRegistration("b", "b", 100, typeof(ProbeDbContext), map)]));
        Assert.Contains("ProbeDbContext", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_FileThatIsNotADatabase_FailsWithoutTouchingIt()
    {
        var directory = Path.Combine(Path.GetTempPath(), "amis-bad-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "store.db");
        await File.WriteAllTextAsync(file, "this is not a sqlite database, just text that is long enough to fill a header.....");
        try
        {
            var options = new StoreOptions { SqliteFile = file, Pooling = false };
            var catalog = new ModuleStoreCatalog([]);
            var migrator = new StoreMigrator(new StoreConnectionFactory(options), catalog);
            await Assert.ThrowsAsync<SqliteException>(() => migrator.MigrateAsync(null, CancellationToken.None));
            Assert.StartsWith("this is not a sqlite", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
