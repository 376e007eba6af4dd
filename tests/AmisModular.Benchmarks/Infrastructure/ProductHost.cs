using AmisModular.Ledger;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modules.Cash;
using AmisModular.Modules.Reports;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Benchmarks.Infrastructure;

/// <summary>
/// The product as the host composes it over one SQLite file: the store, the ledger core, and the cash and reports
/// modules through their own <see cref="IModule.ConfigureServices"/>. Nothing is stubbed.
/// </summary>
public sealed class ProductHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private ProductHost(string file, ServiceProvider services)
    {
        File = file;
        this.services = services;
    }

    public string File { get; }

    /// <param name="pooling">SQLite connection pooling: on as in the product, off where the file is copied afterwards.</param>
    public static ProductHost Open(string file, Guid deviceId, bool pooling)
    {
        var collection = new ServiceCollection();
        collection.AddStore(o =>
        {
            o.SqliteFile = file;
            o.Pooling = pooling;
            o.DeviceId = deviceId;
        });
        collection.AddLedger();
        var configuration = new ConfigurationBuilder().Build();
        var directory = Path.GetDirectoryName(file) ?? ".";
        new CashModule().ConfigureServices(collection, new ModuleContext("cash", "1.0.0", directory, "cash", configuration));
        new ReportsModule().ConfigureServices(collection, new ModuleContext("reports", "1.0.0", directory, null, configuration));
        return new ProductHost(file, collection.BuildServiceProvider());
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task MigrateAsync(CancellationToken cancellationToken) => Get<StoreMigrator>().MigrateAsync(["cash", "reports"], cancellationToken);

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
