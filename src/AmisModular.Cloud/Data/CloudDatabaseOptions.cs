using AmisModular.Storage.Configuration;

namespace AmisModular.Cloud.Data;

/// <summary>Configuration section <c>Cloud:Database</c>.</summary>
public sealed class CloudDatabaseOptions
{
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>SQLite: a file path or full connection string; PostgreSQL / SQL Server: the connection string.</summary>
    public string ConnectionString { get; set; } = "Data Source=amis-cloud.db";
}
