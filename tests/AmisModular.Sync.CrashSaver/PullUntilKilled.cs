using System.Globalization;
using AmisModular.Ledger;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modules.Cash;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using AmisModular.Sync;
using AmisModular.Sync.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmisModular.Sync.CrashSaver;

/// <summary>
/// <c>pull &lt;store.db&gt; &lt;deviceId&gt; &lt;cloudUrl&gt; &lt;pageSize&gt;</c>: one sync of an enrolled store, printing
/// "page n" the moment the n-th page of changes arrives, before it is applied, so the test can kill the process while
/// that page's local transaction is open; "done" when the sync finished.
/// </summary>
internal static class PullUntilKilled
{
    public static async Task RunAsync(string[] args)
    {
        if (args.Length != 4)
        {
            throw new ArgumentException("usage: CrashSaver pull <store.db> <deviceId> <cloudUrl> <pageSize>");
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddStore(o =>
        {
            o.SqliteFile = args[0];
            o.DeviceId = Guid.Parse(args[1]);
            o.Pooling = false;
        });
        services.AddLedger();
        new CashModule().ConfigureServices(services, new ModuleContext("cash", "1.0.0", Path.GetDirectoryName(args[0])!, "cash", new ConfigurationBuilder().Build()));
        services.AddSyncEngine(o =>
        {
            o.CloudAddress = new Uri(args[2]);
            o.PullPageSize = int.Parse(args[3], CultureInfo.InvariantCulture);
            o.SnapshotThreshold = long.MaxValue; // the page-by-page download is what the test kills, never a snapshot
        }, http => http.AddHttpMessageHandler(() => new PageArrivalPrinter()));
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StoreMigrator>().MigrateAsync(null, CancellationToken.None);
        await provider.GetRequiredService<SyncEngine>().SyncAsync(CancellationToken.None);
        Console.Out.WriteLine("done");
        Console.Out.Flush();
    }

    private sealed class PageArrivalPrinter : DelegatingHandler
    {
        private int pages;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri?.AbsolutePath.EndsWith("/changes", StringComparison.Ordinal) == true && response.IsSuccessStatusCode)
            {
                // Buffered first, so the page is whole in memory when the test hears of it and kills.
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page {Interlocked.Increment(ref pages)}"));
                Console.Out.Flush();
            }

            return response;
        }
    }
}
