using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace AmisModular.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The cloud as a real process on a fixed 127.0.0.1 port, stopped and started again at will: over a SQLite file, or
/// over a PostgreSQL database that other cloud processes serve too (only the first one migrates it).
/// </summary>
internal sealed class CloudProcess : IDisposable
{
    public const string AdminKey = "e2e-admin-key";
    private readonly string[] _database;
    private ChildProcess? _process;

    public CloudProcess(string directory)
    {
        _database = ["--Cloud:Database:Provider=Sqlite", $"--Cloud:Database:ConnectionString=Data Source={Path.Combine(directory, "cloud.db")};Pooling=False"];
        Address = new Uri($"http://127.0.0.1:{FreePort()}/");
    }

    public CloudProcess(string postgresConnectionString, bool migrate)
    {
        _database = ["--Cloud:Database:Provider=PostgreSql", $"--Cloud:Database:ConnectionString={postgresConnectionString}", $"--Cloud:MigrateOnStart={migrate}"];
        Address = new Uri($"http://127.0.0.1:{FreePort()}/");
    }

    public Uri Address { get; }

    public string Output => _process?.Output ?? "";

    public async Task StartAsync()
    {
        _process = ChildProcess.Start(BuildOutputs.CloudDll, new Dictionary<string, string>(),
            ["--urls", Address.ToString().TrimEnd('/'), .. _database, $"--Cloud:AdminKey={AdminKey}",
            "--Cloud:RequestsPerSecondPerDevice=0", "--Logging:LogLevel:Default=Warning"]);
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_process.HasExited, "The cloud process exited: " + _process.Output);
            try
            {
                if ((await http.GetAsync("health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or too busy starting to answer within the probe's timeout
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The cloud never became healthy: " + _process.Output);
    }

    /// <summary>Kills the process: the desktops see a cloud that does not answer.</summary>
    public void Stop()
    {
        _process?.Dispose();
        _process = null;
    }

    /// <returns>The company id the tenant's devices share.</returns>
    public async Task<Guid> CreateTenantAsync(string taxCode, string name)
    {
        using var http = Admin();
        using var response = await http.PostAsJsonAsync("admin/v1/tenants", new { taxCode, name });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("companyId").GetGuid();
    }

    /// <summary>Opens calendar year <paramref name="year"/> for the tenant's book: desktops that enroll open it too.</summary>
    public async Task OpenYearAsync(string taxCode, int year)
    {
        using var http = Admin();
        using var response = await http.PutAsJsonAsync($"admin/v1/tenants/{taxCode}/fiscal-years/{year}", new { });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> IssueEnrollmentCodeAsync(string taxCode)
    {
        using var http = Admin();
        using var response = await http.PostAsJsonAsync($"admin/v1/tenants/{taxCode}/enrollment-codes", new { lifetimeHours = 1 });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("code").GetString()!;
    }

    public void Dispose() => Stop();

    private HttpClient Admin()
    {
        var http = new HttpClient { BaseAddress = Address };
        http.DefaultRequestHeaders.Add("X-Admin-Key", AdminKey);
        return http;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
