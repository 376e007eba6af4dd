using AmisModular.Ledger;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modules.Cash;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.Sync.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// A desktop installation as the sync host composes it over one SQLite file: the store (pooled connections, as in
/// the product), the ledger core, the cash module through its own ConfigureServices, and the sync engine with its
/// default batch and page sizes. Nothing is stubbed.
/// </summary>
public sealed class BenchClient : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private BenchClient(ServiceProvider services, string file, Guid deviceId)
    {
        this.services = services;
        (File, DeviceId) = (file, deviceId);
    }

    public string File { get; }

    public Guid DeviceId { get; }

    public SyncEngine Engine => services.GetRequiredService<SyncEngine>();

    public IStore Store => services.GetRequiredService<IStore>();

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <param name="tune">Changes the engine's batch or page size (the benchmark's --push-batch / --pull-page); null keeps the defaults.</param>
    public static BenchClient Open(string file, Guid deviceId, Uri cloud, Action<SyncEngineOptions>? tune = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddStore(o =>
        {
            o.SqliteFile = file;
            o.DeviceId = deviceId;
        });
        collection.AddLedger();
        var directory = Path.GetDirectoryName(file) ?? ".";
        new CashModule().ConfigureServices(collection, new ModuleContext("cash", "1.0.0", directory, "cash", new ConfigurationBuilder().Build()));
        collection.AddSyncEngine(o =>
        {
            o.CloudAddress = cloud;
            o.AttemptTimeout = TimeSpan.FromMinutes(2);
            tune?.Invoke(o);
        });
        return new BenchClient(collection.BuildServiceProvider(), file, deviceId);
    }

    /// <summary>A new store: migrated, the tenant's company and fiscal year 2026 (12 open months), as ClientNode sets one up.</summary>
    public async Task CreateCompanyAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await Get<StoreMigrator>().MigrateAsync(null, cancellationToken);
        await using (var unit = await Store.BeginAsync(cancellationToken))
        {
            unit.Context<LedgerDbContext>().Companies.Add(new Company { Id = companyId, TaxCode = BenchCloud.TaxCode, Name = "Công ty TNHH Thương mại Minh An" });
            await unit.CommitAsync(cancellationToken);
        }

        await Get<FiscalCalendar>().OpenYearAsync(companyId, 2026, null, cancellationToken);
    }

    public Task<SyncCredential> EnrollAsync(string code, CancellationToken cancellationToken) => Engine.EnrollAsync(code, "amis-bench", cancellationToken);

    /// <summary>The push alone, exactly as <see cref="SyncEngine.SyncAsync"/> runs it (same pusher, same ack applier), without the pull that follows.</summary>
    public async Task<(int Pushed, int Acked, int Parked, int Deferred)> PushOnlyAsync(CancellationToken cancellationToken)
    {
        var credential = await Engine.CredentialAsync(cancellationToken) ?? throw new NotEnrolledException();
        var (store, adapters, clock) = (Store, Get<SyncAdapters>(), Get<TimeProvider>());
        var pusher = new OutboxPusher(store, Get<SyncApiClient>(), new AckApplier(store, adapters, clock), Get<SyncEngineOptions>());
        return await pusher.PushAsync(credential, cancellationToken);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
