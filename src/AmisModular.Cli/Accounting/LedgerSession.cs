using AmisModular.Modularity.Hosting;
using AmisModular.Cli.Composition;
using AmisModular.Cli.Accounting.Printing;
using AmisModular.Cli.Accounting.Reports;
using AmisModular.Ledger;
using AmisModular.Ledger.Interchange;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Modularity.Lifecycle;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using AmisModular.Storage.UnitOfWork;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Cli.Accounting;

/// <summary>
/// The ledger as a command sees it: the installation's store (<c>&lt;data&gt;/store/amis.db</c>, migrated), the core, and
/// the Active modules (licensed, in the profile) loaded like the shell does: ConfigureServices, build, InitializeAsync.
/// Core fallbacks (trial balance, journal, ledger, NVK printing) are registered FIRST, so a module's renderer wins.
/// </summary>
public sealed class LedgerSession : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly ModuleManager modules;

    private LedgerSession(Installation installation, ServiceProvider provider, ModuleManager modules)
    {
        Installation = installation;
        this.provider = provider;
        this.modules = modules;
    }

    public Installation Installation { get; }

    public IServiceProvider Services => provider;

    public IStore Store => provider.GetRequiredService<IStore>();

    public string StoreFile => Store.Options.SqliteFile!;

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public IEnumerable<IDocumentInterchange> Interchanges => provider.GetServices<IDocumentInterchange>();

    public IEnumerable<IDocumentDirectory> Directories => provider.GetServices<IDocumentDirectory>();

    public static async Task<LedgerSession> OpenAsync(Installation installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        var data = installation.Paths.DataDirectory;
        Directory.CreateDirectory(Path.Combine(data, "store"));
        var configuration = installation.Services.GetRequiredService<IConfiguration>();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddStore(o =>
        {
            o.SqliteFile = Path.Combine(data, "store", "amis.db");
            o.DeviceId = DeviceIdentity.LoadOrCreate(data);
            // One short-lived process per command: no pool to keep files open after it ends (tests delete the folder).
            o.Pooling = false;
        });
        services.AddLedger();
        services.AddLedgerInterchange();
        services.AddSingleton<IReportRenderer, CoreTrialBalanceRenderer>();
        services.AddSingleton<IReportRenderer, CoreJournalRenderer>();
        services.AddSingleton<IReportRenderer, CoreLedgerRenderer>();
        services.AddSingleton<IDocumentPrinter, GeneralJournalPrinter>();
        var manager = new ModuleManager(installation.Options.Modularity, installation.LicenceGate, installation.ProfileGate, new InMemoryModuleStatusStore());
        manager.ConfigureServices(services, configuration);
        var provider = services.BuildServiceProvider();
        var session = new LedgerSession(installation, provider, manager);
        try
        {
            await manager.InitializeAsync(provider, cancellationToken);
            var order = manager.ActiveModules.Select(m => m.Descriptor.Id).ToList();
            await provider.GetRequiredService<StoreMigrator>().MigrateAsync(order, cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>The renderer for a report name: the last registered (a module's over the core fallback), or null.</summary>
    public IReportRenderer? Renderer(string report) =>
        provider.GetServices<IReportRenderer>().LastOrDefault(r => string.Equals(r.Report, report, StringComparison.OrdinalIgnoreCase));

    public IDocumentPrinter? Printer(string documentType) =>
        provider.GetServices<IDocumentPrinter>().LastOrDefault(p => p.DocumentTypes.Contains(documentType));

    public IDocumentInterchange? Interchange(string documentType) =>
        Interchanges.LastOrDefault(i => i.DocumentTypes.Contains(documentType));

    public async ValueTask DisposeAsync()
    {
        await modules.StopAsync(CancellationToken.None);
        await provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
