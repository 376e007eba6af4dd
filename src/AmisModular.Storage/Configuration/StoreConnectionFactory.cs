using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace AmisModular.Storage.Configuration;

/// <summary>
/// Makes the one connection a unit of work shares between contexts. SQLite connections are opened with WAL,
/// a busy timeout and foreign keys on, because those are per-connection settings SQLite forgets otherwise.
/// </summary>
public sealed class StoreConnectionFactory(StoreOptions options)
{
    public StoreOptions Options { get; } = options;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = Create();
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (Options.Provider == StoreProvider.Sqlite)
            {
                await ApplySqlitePragmasAsync(connection, cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public DbConnection Create() => Options.Provider switch
    {
        StoreProvider.Sqlite => new SqliteConnection(SqliteConnectionString()),
        StoreProvider.SqlServer => new SqlConnection(RequireConnectionString()),
        _ => throw new StoreConfigurationException(
            $"Store provider {Options.Provider} is not available in this build (PostgreSQL is planned for the cloud)."),
    };

    private string SqliteConnectionString()
    {
        if (string.IsNullOrWhiteSpace(Options.SqliteFile))
        {
            throw new StoreConfigurationException("Store:SqliteFile is required for the SQLite provider.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(Options.SqliteFile));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Options.SqliteFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = Options.Pooling,
            DefaultTimeout = Math.Max(1, Options.BusyTimeoutMilliseconds / 1000),
        }.ToString();
    }

    private string RequireConnectionString() =>
        string.IsNullOrWhiteSpace(Options.ConnectionString)
            ? throw new StoreConfigurationException($"Store:ConnectionString is required for the {Options.Provider} provider.")
            : Options.ConnectionString;

    private async Task ApplySqlitePragmasAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={Options.BusyTimeoutMilliseconds}; PRAGMA foreign_keys=ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
