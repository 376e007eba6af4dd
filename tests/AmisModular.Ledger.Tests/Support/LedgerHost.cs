using System.Globalization;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Queries;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using AmisModular.Storage.UnitOfWork;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Ledger.Tests.Support;

/// <summary>A real store file in a temp folder with the ledger and outbox migrated, and a company with FY2026 (TT99).</summary>
public sealed class LedgerHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private LedgerHost(string directory, ServiceProvider services, FailingSaveInterceptor fault)
    {
        Directory = directory;
        this.services = services;
        Fault = fault;
    }

    public string Directory { get; }

    public string File => Path.Combine(Directory, "amis.db");

    public FailingSaveInterceptor Fault { get; }

    public Company Company { get; private set; } = null!;

    public IStore Store => Get<IStore>();

    public GeneralJournalService Journal => Get<GeneralJournalService>();

    public LedgerQueries Queries => Get<LedgerQueries>();

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public static async Task<LedgerHost> CreateAsync(bool usesInternalBook = true, int fiscalYear = 2026, string taxCode = "0101234567")
    {
        var host = await CreateEmptyAsync();
        host.Company = await host.Get<CompanyService>().CreateAsync(taxCode, "Công ty TNHH Minh An", usesInternalBook, CancellationToken.None);
        await host.Get<FiscalCalendar>().OpenYearAsync(host.Company.Id, fiscalYear, null, CancellationToken.None);
        return host;
    }

    public static async Task<LedgerHost> CreateEmptyAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "amis-ledger-" + Guid.NewGuid().ToString("N"));
        var fault = new FailingSaveInterceptor();
        var collection = new ServiceCollection();
        collection.AddStore(o =>
        {
            o.SqliteFile = Path.Combine(directory, "amis.db");
            o.Pooling = false;
            o.DeviceId = Guid.NewGuid();
            o.Interceptors.Add(fault);
        });
        collection.AddLedger();
        var host = new LedgerHost(directory, collection.BuildServiceProvider(), fault);
        await host.Get<StoreMigrator>().MigrateAsync(null, CancellationToken.None);
        return host;
    }

    public Task<Partner> PartnerAsync(string code, PartnerKinds kinds) =>
        Get<CatalogService>().AddPartnerAsync(Company.Id, code, code + " name", kinds, null, CancellationToken.None);

    public Task<GeneralJournalVoucher> EntryAsync(string date, BookSet books, bool post, params GeneralJournalDraftLine[] lines)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Journal.CreateAsync(new GeneralJournalDraft(Company.Id, books, day, day, "Entry " + date, lines), post, CancellationToken.None);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={File};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={File};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
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
