using System.Globalization;
using AmisModular.Ledger;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Opening;
using AmisModular.Ledger.Periods;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Modules.Reports.Tests.Support;

/// <summary>
/// A real SQLite store file in a temp folder, the ledger core as the host registers it, and the reports module
/// composed through its own <see cref="IModule.ConfigureServices"/>; a company with fiscal year 2026 (TT99).
/// </summary>
public sealed class ReportsHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private ReportsHost(string directory, ServiceProvider services)
    {
        Directory = directory;
        this.services = services;
    }

    public string Directory { get; }

    public Company Company { get; private set; } = null!;

    public IReportService Reports => Get<IReportService>();

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public static async Task<ReportsHost> CreateAsync(bool usesInternalBook = true, IDictionary<string, string?>? configuration = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "amis-reports-" + Guid.NewGuid().ToString("N"));
        var collection = new ServiceCollection();
        collection.AddStore(o =>
        {
            o.SqliteFile = Path.Combine(directory, "amis.db");
            o.Pooling = false;
            o.DeviceId = Guid.NewGuid();
        });
        collection.AddLedger();
        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build();
        new ReportsModule().ConfigureServices(collection, new ModuleContext("reports", "1.0.0", directory, null, config));
        var host = new ReportsHost(directory, collection.BuildServiceProvider());
        await host.Get<StoreMigrator>().MigrateAsync(null, CancellationToken.None);
        host.Company = await host.Get<CompanyService>().CreateAsync("0109876543", "Công ty TNHH Thương mại Hòa Bình", usesInternalBook, CancellationToken.None);
        await host.Get<FiscalCalendar>().OpenYearAsync(host.Company.Id, 2026, null, CancellationToken.None);
        return host;
    }

    public Task<Partner> PartnerAsync(string code, string name, PartnerKinds kinds) =>
        Get<CatalogService>().AddPartnerAsync(Company.Id, code, name, kinds, null, CancellationToken.None);

    public async Task OpeningAsync(string account, Guid? partnerId, decimal debit, decimal credit, params Book[] books)
    {
        foreach (var book in books)
        {
            await Get<OpeningBalanceService>().SetAsync(Company.Id, book, account, partnerId, debit, credit, D("2026-01-01"), CancellationToken.None);
        }
    }

    public Task<GeneralJournalVoucher> EntryAsync(string date, BookSet books, string description, params GeneralJournalDraftLine[] lines)
    {
        var day = D(date);
        return Get<GeneralJournalService>().CreateAsync(
            new GeneralJournalDraft(Company.Id, books, day, day, description, lines), post: true, CancellationToken.None);
    }

    public static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

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
            // Left for the OS temp cleaner.
        }
    }
}
