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
/// measure the work, not the throttle. It runs in the benchmark's process (its memory counts in the readings).
/// </summary>
public sealed class BenchCloud : IAsyncDisposable
{
    public const string TaxCode = "0101234567";

    private readonly WebApplication app;

    private BenchCloud(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public AdminService Admin => app.Services.GetRequiredService<AdminService>();

    public static async Task<BenchCloud> StartAsync(string file, Guid companyId, CancellationToken cancellationToken)
    {
        var app = CloudApp.Build([], config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Cloud:Database:Provider"] = "Sqlite",
            ["Cloud:Database:ConnectionString"] = $"Data Source={file}",
            ["Cloud:AdminKey"] = "bench-admin-key",
            ["Cloud:RequestsPerSecondPerDevice"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        await CloudApp.MigrateAsync(app.Services, cancellationToken);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var cloud = new BenchCloud(app, new Uri(address + "/"));
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Thương mại Minh An", companyId, null, cancellationToken);
        return cloud;
    }

    public async Task<string> IssueCodeAsync(CancellationToken cancellationToken) =>
        (await Admin.IssueEnrollmentCodeAsync(TaxCode, null, TimeSpan.FromHours(1), cancellationToken)).Code;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
