using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using AmisModular.Storage.UnitOfWork;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Storage.Tests.Support;

/// <summary>A real SQLite store file in a temp folder, with the outbox migrated and the probe module's tables.</summary>
public sealed class TempStore : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private TempStore(string directory, ServiceProvider services, FailingSaveInterceptor fault)
    {
        Directory = directory;
        this.services = services;
        Fault = fault;
    }

    public string Directory { get; }

    public string File => Path.Combine(Directory, "store.db");

    public IStore Store => services.GetRequiredService<IStore>();

    public StoreMigrator Migrator => services.GetRequiredService<StoreMigrator>();

    public FailingSaveInterceptor Fault { get; }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public static async Task<TempStore> CreateAsync(Guid? deviceId = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "amis-storage-" + Guid.NewGuid().ToString("N"));
        var fault = new FailingSaveInterceptor();
        var collection = new ServiceCollection();
        collection.AddStore(o =>
        {
            o.SqliteFile = Path.Combine(directory, "store.db");
            o.Pooling = false;
            o.DeviceId = deviceId ?? Guid.NewGuid();
            o.Interceptors.Add(fault);
        });
        collection.AddSingleton(new ModuleStoreRegistration("probe", "probe", 100, typeof(ProbeDbContext),
            new Dictionary<StoreProvider, Type> { [StoreProvider.Sqlite] = typeof(ProbeDbContext) }));
        var store = new TempStore(directory, collection.BuildServiceProvider(), fault);
        await store.services.GetRequiredService<StoreMigrator>().MigrateAsync(["sync"], CancellationToken.None);
        await store.CreateProbeTablesAsync();
        return store;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={File};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={File};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned by the OS.
        }
    }

    private async Task CreateProbeTablesAsync()
    {
        await using var unit = await Store.BeginAsync(CancellationToken.None);
        await unit.Context<ProbeDbContext>().GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        await unit.CommitAsync(CancellationToken.None);
    }
}
