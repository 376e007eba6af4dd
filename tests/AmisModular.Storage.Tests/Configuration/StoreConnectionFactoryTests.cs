using AmisModular.Storage.Configuration;

namespace AmisModular.Storage.Tests.Configuration;

public sealed class StoreConnectionFactoryTests
{
    [Fact]
    public async Task OpenAsync_Sqlite_TurnsOnWalBusyTimeoutAndForeignKeys()
    {
        var directory = Path.Combine(Path.GetTempPath(), "amis-conn-" + Guid.NewGuid().ToString("N"));
        var factory = new StoreConnectionFactory(new StoreOptions { SqliteFile = Path.Combine(directory, "sub", "a.db"), Pooling = false });
        try
        {
            await using var connection = await factory.OpenAsync(CancellationToken.None);
            Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
            Assert.Equal("5000", await PragmaAsync(connection, "busy_timeout"));
            Assert.Equal("1", await PragmaAsync(connection, "foreign_keys"));
            Assert.True(File.Exists(Path.Combine(directory, "sub", "a.db")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task OpenAsync_SqliteWithoutFile_ThrowsConfigurationError()
    {
        var factory = new StoreConnectionFactory(new StoreOptions());
        var error = await Assert.ThrowsAsync<StoreConfigurationException>(() => factory.OpenAsync(CancellationToken.None));
        Assert.Contains("SqliteFile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SqlServerWithoutConnectionString_ThrowsConfigurationError()
    {
        var factory = new StoreConnectionFactory(new StoreOptions { Provider = StoreProvider.SqlServer });
        Assert.Throws<StoreConfigurationException>(() => factory.Create());
    }

    [Fact]
    public void Create_SqlServer_MakesSqlConnectionWithoutOpeningIt()
    {
        var factory = new StoreConnectionFactory(new StoreOptions { Provider = StoreProvider.SqlServer, ConnectionString = "Server=branch;Database=Amis;Integrated Security=true" });
        using var connection = factory.Create();
        Assert.Equal("Microsoft.Data.SqlClient.SqlConnection", connection.GetType().FullName);
    }

    [Fact]
    public void Create_PostgreSql_IsRefusedClearlyUntilItsMigrationsExist()
    {
        var factory = new StoreConnectionFactory(new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = "Host=x" });
        var error = Assert.Throws<StoreConfigurationException>(() => factory.Create());
        Assert.Contains("PostgreSql", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> PragmaAsync(System.Data.Common.DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
