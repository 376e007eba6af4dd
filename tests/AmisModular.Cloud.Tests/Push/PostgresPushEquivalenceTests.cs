using AmisModular.Storage.Configuration;
using Npgsql;

namespace AmisModular.Cloud.Tests.Push;

public sealed class PostgresPushEquivalenceTests(PostgresServer postgres) : PushEquivalenceTests, IClassFixture<PostgresServer>
{
    protected override async Task<PushTwin> TwinAsync() =>
        await PushTwin.CreateAsync(StoreProvider.PostgreSql, await DatabaseAsync(), await DatabaseAsync());

    /// <summary>A database of its own in the class's server: each test pushes into two fresh ones.</summary>
    private async Task<string> DatabaseAsync()
    {
        var name = "push_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(postgres.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = name }.ToString();
    }
}
