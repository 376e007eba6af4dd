using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Data;

/// <summary>Creates the provider's context; every request gets its own (contexts are not thread-safe).</summary>
public sealed class CloudDbFactory
{
    private readonly DbContextOptions options;
    private readonly Type contextType;

    public CloudDbFactory(CloudDatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        Provider = database.Provider;
        options = Build(database.Provider, database.ConnectionString);
        contextType = database.Provider switch
        {
            StoreProvider.Sqlite => typeof(SqliteCloudDbContext),
            StoreProvider.PostgreSql => typeof(PostgresCloudDbContext),
            _ => typeof(SqlServerCloudDbContext),
        };
    }

    public StoreProvider Provider { get; }

    public CloudDbContext Create() => (CloudDbContext)Activator.CreateInstance(contextType, options)!;

    public static DbContextOptions Build(StoreProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder();
        var history = ModuleDbContext.HistoryTableFor(CloudDbContext.SchemaName);
        _ = provider switch
        {
            StoreProvider.Sqlite => builder.UseSqlite(SqliteConnectionString(connectionString), o => o.MigrationsHistoryTable(history)),
            StoreProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(history, CloudDbContext.SchemaName)),
            StoreProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsHistoryTable(history, CloudDbContext.SchemaName)),
            _ => throw new StoreConfigurationException($"Cloud database provider {provider} is unknown."),
        };
        return builder.Options;
    }

    /// <summary>SQLite waits up to 30 s for the single writer instead of failing with 'database is locked'.</summary>
    private static string SqliteConnectionString(string value)
    {
        var builder = new SqliteConnectionStringBuilder(value.Contains('=', StringComparison.Ordinal) ? value : $"Data Source={value}");
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        return builder.ToString();
    }
}
