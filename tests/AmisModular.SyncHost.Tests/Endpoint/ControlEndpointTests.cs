using System.Net;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.Json;
using AmisModular.SyncHost.Endpoint;
using AmisModular.SyncHost.Tests.Support;

namespace AmisModular.SyncHost.Tests.Endpoint;

public sealed class ControlEndpointTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private readonly RecordingSyncController _controller = new();
    private readonly HttpClient _http = new();
    private ControlSecret _secret = null!;
    private ControlEndpoint _endpoint = null!;

    public async Task InitializeAsync()
    {
        _secret = ControlSecret.LoadOrCreate(_folder.File("sync-host.secret"));
        _endpoint = await ControlEndpoint.StartAsync(_controller, _secret, 0, null, default);
    }

    public async Task DisposeAsync()
    {
        await _endpoint.DisposeAsync();
        _http.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Status_WithoutSecret_Returns401()
    {
        using var response = await _http.GetAsync(new Uri(_endpoint.Url, "status"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SyncNow_WithWrongSecret_Returns401AndDoesNotSync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_endpoint.Url, "sync-now"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _secret.Token[..^1] + (_secret.Token[^1] == 'A' ? 'B' : 'A'));

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _controller.SyncNowCalls);
    }

    [Fact]
    public async Task Status_WithSecret_ReturnsStatusJson()
    {
        _controller.Set(_controller.Current with { PendingUploads = 12, Conflicts = 1 });
        using var request = Authorized(HttpMethod.Get, "status");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(12, json.RootElement.GetProperty("pendingUploads").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("conflicts").GetInt32());
        Assert.Equal("Online", json.RootElement.GetProperty("connectivity").GetString());
    }

    [Fact]
    public async Task SyncNow_WithSecret_CallsControllerAndReturnsResult()
    {
        using var request = Authorized(HttpMethod.Post, "sync-now");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _controller.SyncNowCalls);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Succeeded", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("pushed").GetInt32());
    }

    [Fact]
    public void Url_IsBoundToIPv4LoopbackOnly()
    {
        Assert.Equal("127.0.0.1", _endpoint.Url.Host);
        Assert.True(_endpoint.Url.Port > 0);
    }

    [Fact]
    public async Task Endpoint_ListensOnLoopbackOnly_AndRefusesANonLoopbackAddress()
    {
        var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners()
            .Where(l => l.Port == _endpoint.Url.Port)
            .ToList();
        Assert.NotEmpty(listeners);
        Assert.All(listeners, l => Assert.Equal(IPAddress.Loopback, l.Address));

        var external = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (external is null)
        {
            return; // no other interface to try; the listener check above still holds
        }

        using var client = new TcpClient();
        var ex = await Record.ExceptionAsync(() => client.ConnectAsync(external!, _endpoint.Url.Port));

        Assert.IsType<SocketException>(ex);
    }

    [Fact]
    public void SecretFile_IsReadableByTheOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows protects the file by the profile's ACL, not by a mode
        }

        var mode = File.GetUnixFileMode(_folder.File("sync-host.secret"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.Equal(_secret.Token, ControlSecret.LoadOrCreate(_folder.File("sync-host.secret")).Token);
    }

    private HttpRequestMessage Authorized(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(_endpoint.Url, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _secret.Token);
        return request;
    }
}
