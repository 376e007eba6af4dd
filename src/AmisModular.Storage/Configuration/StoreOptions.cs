using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AmisModular.Storage.Configuration;

/// <summary>Where and how the local store lives. Bound from configuration section <c>Store</c>.</summary>
public sealed class StoreOptions
{
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>SQLite: the database file. Ignored for server providers.</summary>
    public string? SqliteFile { get; set; }

    /// <summary>SQL Server / PostgreSQL connection string. Ignored for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long SQLite waits for another writer before failing with "database is locked".</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>SQLite connection pooling. Tests that delete their temp folder turn it off.</summary>
    public bool Pooling { get; set; } = true;

    /// <summary>The device this store belongs to: outbox sequences are per device.</summary>
    public Guid DeviceId { get; set; }

    /// <summary>EF interceptors added to every context (diagnostics, fault injection in tests).</summary>
    public IList<IInterceptor> Interceptors { get; } = [];
}
