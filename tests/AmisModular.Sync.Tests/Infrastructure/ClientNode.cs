using AmisModular.Ledger;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Queries;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modules.Cash;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Storage;
using Microsoft.Extensions.Configuration;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Numbering;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Engine;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>A desktop installation: its own SQLite file, the ledger, and the sync engine pointed at a cloud node.</summary>
public sealed class ClientNode : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private ClientNode(ServiceProvider services, FaultHandler faults, CrashInterceptor crash, string directory, string name, Uri cloud, Guid deviceId, WireRecorder wire)
    {
        this.services = services;
        Faults = faults;
        Wire = wire;
        Crash = crash;
        (Directory, Name, Cloud, DeviceId) = (directory, name, cloud, deviceId);
    }

    public FaultHandler Faults { get; }

    /// <summary>Every attempt as it crossed the wire; can also answer scripted statuses.</summary>
    public WireRecorder Wire { get; }

    public CrashInterceptor Crash { get; }

    public string Directory { get; }

    public string Name { get; }

    public Uri Cloud { get; }

    public Guid DeviceId { get; }

    public string StoreFile => Path.Combine(Directory, $"{Name}.db");

    public SyncEngine Engine => services.GetRequiredService<SyncEngine>();

    public GeneralJournalService Vouchers => services.GetRequiredService<GeneralJournalService>();

    public IStore Store => services.GetRequiredService<IStore>();

    public CashVoucherService Cash => services.GetRequiredService<CashVoucherService>();

    public CatalogService Catalogs => services.GetRequiredService<CatalogService>();

    public LedgerQueries Queries => services.GetRequiredService<LedgerQueries>();

    public string Series { get; private set; } = "";

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Guid CompanyId { get; private set; }

    public ChaosNetwork? Chaos { get; private set; }

    public static async Task<ClientNode> StartAsync(
        string directory, string name, Uri cloud, int pageSize = 500, Guid? deviceId = null, int pushBatch = 500, ChaosNetwork? chaos = null,
        Action<SyncEngineOptions>? configure = null, bool withCash = true)
    {
        var faults = new FaultHandler();
        var wire = new WireRecorder();
        var crash = new CrashInterceptor();
        var device = deviceId ?? Guid.CreateVersion7();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddStore(o =>
        {
            o.SqliteFile = Path.Combine(directory, $"{name}.db");
            o.DeviceId = device;
            o.Pooling = false;
            o.Interceptors.Add(crash);
        });
        collection.AddLedger();
        if (withCash)
        {
            // Without it the store is an installation whose department profile lacks the cash module.
            new CashModule().ConfigureServices(collection, new ModuleContext("cash", "1.0.0", directory, "cash", new ConfigurationBuilder().Build()));
        }

        collection.AddSyncEngine(o =>
        {
            o.CloudAddress = cloud;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(200);
            o.MaxRetryAttempts = 3;
            o.PullPageSize = pageSize;
            o.PushBatchSize = pushBatch;
            o.AttemptTimeout = TimeSpan.FromSeconds(20);
            configure?.Invoke(o);
        }, http =>
        {
            http.AddHttpMessageHandler(() => faults);
            http.AddHttpMessageHandler(() => wire);
            if (chaos is not null)
            {
                // A new handler per chain: the factory rebuilds chains, and a DelegatingHandler cannot be reused.
                http.AddHttpMessageHandler(() => new ChaosHandler(chaos));
            }
        });
        var provider = collection.BuildServiceProvider();
        await provider.GetRequiredService<StoreMigrator>().MigrateAsync(null, CancellationToken.None);
        var node = new ClientNode(provider, faults, crash, directory, name, cloud, device, wire) { Chaos = chaos };
        if (await node.Engine.CredentialAsync(CancellationToken.None) is { } credential)
        {
            (node.CompanyId, node.Series) = (credential.CompanyId, credential.Series);
        }

        return node;
    }

    /// <summary>Stops this installation (as a killed process would leave its file) and starts it again on the same store file.</summary>
    public async Task<ClientNode> RestartAsync(Uri? cloud = null, bool withCash = true)
    {
        await DisposeAsync();
        return await StartAsync(Directory, Name, cloud ?? Cloud, deviceId: DeviceId, chaos: Chaos, withCash: withCash);
    }

    /// <summary>Enrolls with a fresh one-time code and sets up the tenant's company, FY 2026 and a series per device.</summary>
    public async Task EnrollAsync(CloudNode cloud, string taxCode, string? branch = null)
    {
        var code = await cloud.Admin.IssueEnrollmentCodeAsync(taxCode, branch, TimeSpan.FromHours(1), CancellationToken.None);
        await EnrollWithCodeAsync(code.Code, taxCode);
    }

    /// <summary>Enrolls with the given one-time code, then sets up the company, FY 2026 and this device's series.</summary>
    public async Task EnrollWithCodeAsync(string code, string taxCode)
    {
        var credential = await Engine.EnrollAsync(code, "test", CancellationToken.None);
        CompanyId = credential.CompanyId;
        Series = credential.Series;
        await using (var unit = await Store.BeginAsync(CancellationToken.None))
        {
            unit.Context<LedgerDbContext>().Companies.Add(new Company { Id = CompanyId, TaxCode = taxCode, Name = "Công ty thử" });
            await unit.CommitAsync(CancellationToken.None);
        }

        await services.GetRequiredService<FiscalCalendar>().OpenYearAsync(CompanyId, 2026, null, CancellationToken.None);
        await services.GetRequiredService<NumberSeriesService>().ConfigureAsync(
            CompanyId, Book.Tax, GeneralJournalVoucher.Type, "", $"NVK-{credential.Series}-", 5, "", 1, CancellationToken.None);
        var series = services.GetRequiredService<NumberSeriesService>();
        await series.ConfigureAsync(CompanyId, Book.Tax, CashDocumentTypes.Receipt, "", $"PT-{credential.Series}-", 5, "", 1, CancellationToken.None);
        await series.ConfigureAsync(CompanyId, Book.Tax, CashDocumentTypes.Payment, "", $"PC-{credential.Series}-", 5, "", 1, CancellationToken.None);
    }

    public Task<GeneralJournalVoucher> CreateVoucherAsync(decimal amount, bool post = false, DateOnly? date = null, string description = "Điều chỉnh")
    {
        var day = date ?? new DateOnly(2026, 3, 15);
        return Vouchers.CreateAsync(new GeneralJournalDraft(CompanyId, BookSet.Tax, day, day, description,
            [new GeneralJournalDraftLine("1111", "1121", amount)]), post, CancellationToken.None);
    }

    public Task<CashVoucher> CreateCashAsync(CashVoucherKind kind, decimal amount, string counterAccount = "5111", Guid? partnerId = null, bool post = true, DateOnly? date = null)
    {
        var day = date ?? new DateOnly(2026, 3, 20);
        return Cash.CreateAsync(new CashVoucherDraft(kind, CompanyId, BookSet.Tax, day, day, "Nguyễn Văn An", kind == CashVoucherKind.Receipt ? "Thu tiền" : "Chi tiền",
            [new CashVoucherDraftLine(counterAccount, amount, null, partnerId)], partnerId), post, CancellationToken.None);
    }

    public async Task<List<CashVoucher>> CashVouchersAsync()
    {
        await using var unit = await Store.BeginAsync(CancellationToken.None);
        return await unit.Context<CashDbContext>().Vouchers.AsNoTracking().Include(v => v.Lines).OrderBy(v => v.Id).ToListAsync();
    }

    /// <summary>The journal of the Tax book as comparable tuples (document, account, partner, debit, credit), sorted.</summary>
    public async Task<List<string>> JournalAsync()
    {
        await using var unit = await Store.BeginAsync(CancellationToken.None);
        var lines = await unit.Context<LedgerDbContext>().JournalLines.AsNoTracking().ToListAsync();
        return [.. lines.Select(l => $"{l.DocumentId}|{l.AccountCode}|{l.PartnerId}|{l.Debit}|{l.Credit}").Order(StringComparer.Ordinal)];
    }

    public async Task<List<string>> TrialBalanceAsync()
    {
        var rows = await Queries.TrialBalanceAsync(CompanyId, Book.Tax, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), CancellationToken.None);
        return [.. rows.Select(r => $"{r.AccountCode}: {r.Period.Debit}/{r.Period.Credit} → {r.Closing.Debit}/{r.Closing.Credit}")];
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var unit = await Store.BeginAsync(CancellationToken.None);
        return await unit.Context<OutboxDbContext>().Outbox.AsNoTracking().OrderBy(m => m.Seq).ToListAsync();
    }

    public async Task<List<GeneralJournalVoucher>> VouchersAsync()
    {
        await using var unit = await Store.BeginAsync(CancellationToken.None);
        return await unit.Context<LedgerDbContext>().GeneralJournalVouchers.AsNoTracking().Include(v => v.Lines).OrderBy(v => v.Id).ToListAsync();
    }

    public async Task<T> StateAsync<T>(Func<SyncStateDbContext, Task<T>> read)
    {
        await using var unit = await Store.BeginAsync(CancellationToken.None);
        return await read(unit.Context<SyncStateDbContext>());
    }

    /// <summary>Puts the pull cursor back to 0, as a crash before the first page commit would.</summary>
    public async Task ResetCursorAsync()
    {
        await using var unit = await Store.BeginAsync(CancellationToken.None);
        await unit.Context<SyncStateDbContext>().Cursors.ExecuteUpdateAsync(x => x.SetProperty(c => c.Cursor, 0L));
        await unit.CommitAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();
}
