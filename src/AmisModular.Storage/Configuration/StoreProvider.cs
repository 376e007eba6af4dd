namespace AmisModular.Storage.Configuration;

/// <summary>The database engine behind a store.</summary>
public enum StoreProvider
{
    /// <summary>The embedded default: one file per installation.</summary>
    Sqlite,

    /// <summary>A branch server.</summary>
    SqlServer,

    /// <summary>The cloud; reserved: contexts may add a PostgreSQL subclass with its own migrations later.</summary>
    PostgreSql,
}
