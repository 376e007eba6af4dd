using System.Globalization;
using AmisModular.Ledger;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modules.Cash;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Usage: CrashSaver <store.db>. Sets up a company and saves posted 3-line cash receipts until killed, printing
// "saved <n>" after each commit so the test knows when to kill it (fault scenario 3: killed mid-save).
// CrashSaver pull ...: see PullUntilKilled (fault scenario 7: killed while applying a page).
if (args.Length > 0 && args[0] == "pull")
{
    await AmisModular.Sync.CrashSaver.PullUntilKilled.RunAsync(args[1..]);
    return;
}

var file = args.Length == 1 ? args[0] : throw new ArgumentException("usage: CrashSaver <store.db> | CrashSaver pull <store.db> <deviceId> <cloudUrl> <pageSize>");
var services = new ServiceCollection();
services.AddLogging();
services.AddStore(o =>
{
    o.SqliteFile = file;
    o.DeviceId = Guid.Parse("01900000-0000-7000-8000-000000000003");
});
services.AddLedger();
new CashModule().ConfigureServices(services, new ModuleContext("cash", "1.0.0", Path.GetDirectoryName(file)!, "cash", new ConfigurationBuilder().Build()));
await using var provider = services.BuildServiceProvider();
await provider.GetRequiredService<StoreMigrator>().MigrateAsync(null, CancellationToken.None);
var company = await provider.GetRequiredService<CompanyService>().CreateAsync("0101234567", "Công ty TNHH Thử", true, CancellationToken.None);
await provider.GetRequiredService<FiscalCalendar>().OpenYearAsync(company.Id, 2026, null, CancellationToken.None);
var cash = provider.GetRequiredService<CashVoucherService>();
var day = new DateOnly(2026, 4, 1);
for (var n = 1; ; n++)
{
    await cash.CreateAsync(new CashVoucherDraft(CashVoucherKind.Receipt, company.Id, BookSet.Tax, day, day, "Nguyễn Văn An", $"Thu tiền lần {n}",
        [new CashVoucherDraftLine("5111", 1_000m * n), new CashVoucherDraftLine("33311", 100m * n), new CashVoucherDraftLine("711", 7m)]), post: true, CancellationToken.None);
    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"saved {n}"));
    Console.Out.Flush();
}
