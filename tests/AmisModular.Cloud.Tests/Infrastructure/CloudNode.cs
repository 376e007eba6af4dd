using System.Globalization;
using System.Net.Http.Headers;
using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Cloud.Tests.Infrastructure;

/// <summary>A cloud node: Kestrel on a free 127.0.0.1 port.</summary>
public sealed class CloudNode : IAsyncDisposable
{
    private readonly WebApplication app;

    private CloudNode(WebApplication app, Uri address) => (this.app, Address) = (app, address);

    public Uri Address { get; }

    public AdminService Admin => app.Services.GetRequiredService<AdminService>();

    public CloudDbContext Database() => app.Services.GetRequiredService<CloudDbFactory>().Create();

    public IServiceProvider Services => app.Services;

    /// <param name="clock">Replaces the cloud's TimeProvider (token expiry tests).</param>
    public static async Task<CloudNode> StartAsync(
        string provider, string connectionString, bool migrate = true, TimeProvider? clock = null, IDictionary<string, string?>? settings = null)
    {
        var app = CloudApp.Build([], config => config.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Cloud:Database:Provider"] = provider,
            ["Cloud:Database:ConnectionString"] = connectionString,
            ["Cloud:AdminKey"] = "test-admin-key",
            ["Cloud:RequestsPerSecondPerDevice"] = "0",
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

    /// <summary>
    /// A plain client. Given a device credential it trades it for access tokens (POST /sync/v1/token, refresh on 401)
    /// through the engine's own <see cref="AccessTokenHandler"/>; any other bearer is sent as is.
    /// </summary>
    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient(new AccessTokenHandler(new AccessTokenCache(TimeProvider.System)) { InnerHandler = new HttpClientHandler() })
        {
            BaseAddress = Address,
        };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
