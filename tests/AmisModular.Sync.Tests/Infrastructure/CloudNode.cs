using System.Net.Http.Json;
using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>A real cloud node: Kestrel on a free 127.0.0.1 port over a SQLite file (or the given database).</summary>
public sealed class CloudNode : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key";

    private readonly WebApplication app;

    private CloudNode(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => app.Services;

    public AdminService Admin => app.Services.GetRequiredService<AdminService>();

    /// <param name="clock">Replaces the cloud's TimeProvider (token expiry tests).</param>
    public static async Task<CloudNode> StartAsync(
        string provider, string connectionString, bool migrate = true, int requestsPerSecond = 0, IDictionary<string, string?>? settings = null, int port = 0,
        TimeProvider? clock = null)
    {
        var app = CloudApp.Build([], config => config.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["urls"] = $"http://127.0.0.1:{port}",
            ["Cloud:Database:Provider"] = provider,
            ["Cloud:Database:ConnectionString"] = connectionString,
            ["Cloud:AdminKey"] = AdminKey,
            ["Cloud:RequestsPerSecondPerDevice"] = requestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        }), services =>
        {
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        });
        if (migrate)
        {
            await CloudApp.MigrateAsync(app.Services, CancellationToken.None);
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CloudNode(app, new Uri(address + "/"));
    }

    public static Task<CloudNode> StartSqliteAsync(string directory, IDictionary<string, string?>? settings = null, int port = 0, TimeProvider? clock = null) =>
        StartAsync("Sqlite", $"Data Source={Path.Combine(directory, "cloud.db")};Pooling=False", settings: settings, port: port, clock: clock);

    /// <summary>
    /// A plain client. Given a device credential it trades it for access tokens (POST /sync/v1/token, refresh on 401)
    /// through the engine's own <see cref="AccessTokenHandler"/>; any other bearer is sent as is.
    /// </summary>
    public HttpClient RawClient(string? token = null)
    {
        var client = new HttpClient(new AccessTokenHandler(new AccessTokenCache(TimeProvider.System)) { InnerHandler = new HttpClientHandler() })
        {
            BaseAddress = Address,
        };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
