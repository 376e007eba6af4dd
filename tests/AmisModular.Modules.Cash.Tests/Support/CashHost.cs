using System.Globalization;
using AmisModular.Ledger;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Opening;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Queries;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using AmisModular.Modularity.Abstractions.Modules;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace AmisModular.Modules.Cash.Tests.Support;

/// <summary>A store file with core, sync and the cash module migrated; a TT99 company with 10,000,000 VND in the till.</summary>
public sealed class CashHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private CashHost(string directory, ServiceProvider services, FailingSaveInterceptor fault)
    {
        Directory = directory;
        this.services = services;
        Fault = fault;
    }

    public string Directory { get; }

    public FailingSaveInterceptor Fault { get; }

    public Company Company { get; private set; } = null!;

    public Partner Customer { get; private set; } = null!;

    public Partner Vendor { get; private set; } = null!;

    public CashVoucherService Cash => Get<CashVoucherService>();

    public LedgerQueries Queries => Get<LedgerQueries>();

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public static async Task<CashHost> CreateAsync(bool seed = true)
    {
        var directory = Path.Combine(Path.GetTempPath(), "amis-cash-" + Guid.NewGuid().ToString("N"));
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
        var module = new CashModule();
        module.ConfigureServices(collection, new ModuleContext("cash", "1.0.0", directory, "cash", Mock.Of<IConfiguration>()));
        var host = new CashHost(directory, collection.BuildServiceProvider(), fault);
        await host.Get<StoreMigrator>().MigrateAsync(["cash"], CancellationToken.None);
        if (seed)
        {
            await host.SeedAsync();
        }

        return host;
    }

    public static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public CashVoucherDraft Receipt(string date, params CashVoucherDraftLine[] lines) =>
        new(CashVoucherKind.Receipt, Company.Id, BookSet.Tax, D(date), D(date), "Nguyễn Văn An", "Thu tiền", lines);

    public CashVoucherDraft Payment(string date, params CashVoucherDraftLine[] lines) =>
        new(CashVoucherKind.Payment, Company.Id, BookSet.Tax, D(date), D(date), "Trần Thị Bình", "Chi tiền", lines);

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Directory, "amis.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Directory, "amis.db")};Pooling=False");
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
            // Left for the OS temp cleaner.
        }
    }

    private async Task SeedAsync()
    {
        Company = await Get<CompanyService>().CreateAsync("0101234567", "Công ty TNHH Minh An", true, CancellationToken.None);
        await Get<FiscalCalendar>().OpenYearAsync(Company.Id, 2026, null, CancellationToken.None);
        Customer = await Get<CatalogService>().AddPartnerAsync(Company.Id, "KH01", "Công ty Bình Minh", PartnerKinds.Customer, null, CancellationToken.None);
        Vendor = await Get<CatalogService>().AddPartnerAsync(Company.Id, "NCC01", "Công ty Hoàng Long", PartnerKinds.Vendor, null, CancellationToken.None);
        await Get<OpeningBalanceService>().SetAsync(Company.Id, Book.Tax, "1111", null, 10_000_000m, 0, D("2026-01-01"), CancellationToken.None);
        await Get<OpeningBalanceService>().SetAsync(Company.Id, Book.Tax, "4111", null, 0, 10_000_000m, D("2026-01-01"), CancellationToken.None);
    }
}
