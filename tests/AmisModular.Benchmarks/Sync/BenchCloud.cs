using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// The cloud as it runs for one small node: CloudApp on real Kestrel at a free 127.0.0.1 port over a SQLite file,
/// migrated, with one tenant whose company id is the desktops'. The per-device rate limit is off so the figures
/// measure the work, not the throttle. Snapshot files go to a folder of the run's workspace (the default is relative to
/// the working directory). It runs in the benchmark's process (its memory counts in the readings).
/// </summary>
public sealed class BenchCloud : IAsyncDisposable
{
    public const string TaxCode = "0101234567";

    private readonly WebApplication app;

    private BenchCloud(WebApplication app, Uri address, string snapshotFolder)
    {
        this.app = app;
        (Address, SnapshotFolder) = (address, snapshotFolder);
    }

    public Uri Address { get; }

    /// <summary>Where the cloud keeps the snapshot files it builds and serves: <c>{folder}/{bookId:N}/{id}.ndjson.gz</c>.</summary>
    public string SnapshotFolder { get; }

    public AdminService Admin => app.Services.GetRequiredService<AdminService>();

    public static async Task<BenchCloud> StartAsync(string file, string snapshotFolder, Guid companyId, CancellationToken cancellationToken)
    {
        var app = CloudApp.Build([], config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Cloud:Database:Provider"] = "Sqlite",
            ["Cloud:Database:ConnectionString"] = $"Data Source={file}",
            ["Cloud:AdminKey"] = "bench-admin-key",
            ["Cloud:RequestsPerSecondPerDevice"] = "0",
            ["Cloud:Snapshots:Folder"] = snapshotFolder,
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        await CloudApp.MigrateAsync(app.Services, cancellationToken);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var cloud = new BenchCloud(app, new Uri(address + "/"), snapshotFolder);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thương mại Minh An", companyId, null, cancellationToken);
        return cloud;
    }

    public async Task<string> IssueCodeAsync(CancellationToken cancellationToken) =>
        (await Admin.IssueEnrollmentCodeAsync(TaxCode, null, TimeSpan.FromHours(1), cancellationToken)).Code;

    /// <summary>The one snapshot file the cloud built for the run's book (the bytes client C downloaded).</summary>
    public string SnapshotFile() =>
        Directory.EnumerateFiles(SnapshotFolder, "*.ndjson.gz", SearchOption.AllDirectories).Single();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
