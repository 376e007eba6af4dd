using AmisModular.Modularity.Hosting;
using System.Net.Http;
using AmisModular.Ledger;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Numbering;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Queries;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modules.Cash;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync;
using AmisModular.SyncHost.Endpoint;
using AmisModular.SyncHost.Engine;
using AmisModular.SyncHost.Instance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One desktop installation: its data folder (device id, licence, store <c>&lt;data&gt;/store/amis.db</c>), the ledger and
/// cash services in this process (what the shell does when an accountant saves a voucher), and its amis-sync process.
/// </summary>
internal sealed class Desktop : IAsyncDisposable
{
    private readonly TestPublisher _publisher;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private ServiceProvider? _services;

    public Desktop(string directory, string name, TestPublisher publisher)
    {
        Name = name;
        _publisher = publisher;
        DataDirectory = Path.Combine(directory, name);
        Directory.CreateDirectory(Path.Combine(DataDirectory, "store"));
        DeviceId = DeviceIdentity.LoadOrCreate(DataDirectory);
    }

    public string Name { get; }

    public string DataDirectory { get; }

    public string StorePath => Path.Combine(DataDirectory, "store", "amis.db");

    public Guid DeviceId { get; }

    public Guid CompanyId { get; private set; }

    public ChildProcess? Host { get; private set; }

    public SyncHostClient Client => new(StorePath, _http);

    public IStore Store => Services.GetRequiredService<IStore>();

    private IServiceProvider Services => _services ?? throw new InvalidOperationException("Open the store first.");

    /// <summary>The store as the shell opens it: ledger, the sync state the review screen reads, the cash module's services, migrated.</summary>
    public async Task OpenAsync()
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddStore(o =>
        {
            o.SqliteFile = StorePath;
            o.DeviceId = DeviceId;
            o.Pooling = false;
        });
        collection.AddLedger();
        collection.AddSyncReview(); // as ShellProduct: the status bar counts conflict copies from the store when no host runs
        new CashModule().ConfigureServices(collection, new ModuleContext("cash", "1.0.0", DataDirectory, "cash", new ConfigurationBuilder().Build()));
        _services = collection.BuildServiceProvider();
        await _services.GetRequiredService<StoreMigrator>().MigrateAsync(null, CancellationToken.None);
    }

    public Task<CashVoucher> CreateCashAsync(CashVoucherKind kind, decimal amount, string counterAccount)
    {
        var day = new DateOnly(2026, 3, 20);
        return Services.GetRequiredService<CashVoucherService>().CreateAsync(
            new CashVoucherDraft(kind, CompanyId, BookSet.Tax, day, day, "Nguyễn Văn An", kind == CashVoucherKind.Receipt ? "Thu tiền" : "Chi tiền",
                [new CashVoucherDraftLine(counterAccount, amount, null, null)], null),
            true, CancellationToken.None);
    }

    public async Task<List<CashVoucher>> CashVouchersAsync()
    {
        await using var unit = await Services.GetRequiredService<IStore>().BeginReadAsync(CancellationToken.None);
        return await unit.Context<CashDbContext>().Vouchers.AsNoTracking().OrderBy(v => v.Id).ToListAsync();
    }

    /// <summary>Changes pulled from the cloud that this store refused, with the reason (for failure messages).</summary>
    public async Task<string> InboundRejectionsAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={StorePath};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DocumentId || ': ' || Reason FROM syncstate_inbound_rejections";
        var reasons = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            reasons.Add(reader.GetString(0));
        }

        return string.Join("\n", reasons);
    }

    /// <summary>What the host's module manager wrote about each module (for failure messages).</summary>
    public string ModuleStates()
    {
        var path = Path.Combine(DataDirectory, "state", "module-states.json");
        return File.Exists(path) ? File.ReadAllText(path) : $"(no {path})";
    }

    public async Task<int> PendingOutboxAsync()
    {
        await using var unit = await Services.GetRequiredService<IStore>().BeginReadAsync(CancellationToken.None);
        return await unit.Context<OutboxDbContext>().Outbox.CountAsync(m => m.State == OutboxState.Pending);
    }

    public async Task<List<string>> TrialBalanceAsync()
    {
        var rows = await Services.GetRequiredService<LedgerQueries>().TrialBalanceAsync(
            CompanyId, Book.Tax, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), CancellationToken.None);
        return [.. rows.Select(r => $"{r.AccountCode}: {r.Period.Debit}/{r.Period.Credit} → {r.Closing.Debit}/{r.Closing.Credit}")];
    }

    /// <summary>The environment of this installation's processes: its data folder, the modules root, the trusted test key.</summary>
    public Dictionary<string, string> Environment(IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["AMIS_DATA_DIR"] = DataDirectory,
            ["AMIS_MODULES_ROOT"] = _publisher.ModulesRoot,
            ["Modularity__TrustedKeyFiles__0"] = _publisher.PublicKeyFile,
            ["Licensing__AdditionalVendorKeyPems__0"] = _publisher.PublicKeyPem,
            ["SyncHost__Tray__Mode"] = "headless",
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft"] = "Warning",
            ["Logging__LogLevel__System.Net.Http"] = "Warning",
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>
    /// <c>amis-sync enroll --cloud URL --code CODE</c>, the only set-up a desktop gets: it joins the tenant's company
    /// (same id, the cloud's fiscal years, this device's number series). Returns the device's series from its answer.
    /// </summary>
    public async Task<string> EnrollAsync(Uri cloud, string code)
    {
        using var enroll = ChildProcess.Start(BuildOutputs.SyncHostDll, Environment(), "enroll", "--cloud", cloud.ToString(), "--code", code, "--name", Name);
        // Generous: a loaded machine (two cloud processes over PostgreSQL, parallel tests) once needed more than 60 s.
        var exit = await enroll.WaitForExitAsync(TimeSpan.FromSeconds(180));
        Assert.True(exit == ExitCodes.Ok, $"amis-sync enroll exited {exit}:\n{enroll.Output}");
        var words = enroll.Output.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(DeviceId.ToString(), words);
        CompanyId = Guid.Parse(words[Array.IndexOf(words, "company") + 1]);
        return words[Array.IndexOf(words, "series") + 1];
    }

    /// <summary>Starts the resident <c>amis-sync</c> (headless tray) and waits for its control endpoint.</summary>
    public async Task StartHostAsync(IReadOnlyDictionary<string, string> settings)
    {
        Host = ChildProcess.Start(BuildOutputs.SyncHostDll, Environment(settings));
        var files = new SyncHostFiles(StorePath);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(Host.HasExited, $"amis-sync {Name} exited:\n{Host.Output}");
            if (ControlDiscovery.TryRead(files.DiscoveryPath) is { } discovery && discovery.Pid == Host.Id)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"amis-sync {Name} never published its control endpoint:\n{Host.Output}");
    }

    public async ValueTask DisposeAsync()
    {
        Host?.Dispose();
        _http.Dispose();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
