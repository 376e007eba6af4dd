using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Instance;

namespace AmisModular.SyncHost.Endpoint;

/// <summary>
/// What the shell uses to talk to the sync host of its store: reads the discovery file and the secret file beside
/// the store and calls the control endpoint. The files are read on every call, so a restarted host is found again.
/// </summary>
public sealed class SyncHostClient(SyncHostFiles files, HttpClient http)
{
    public SyncHostClient(string storePath, HttpClient http)
        : this(new SyncHostFiles(storePath), http)
    {
    }

    public Task<SyncStatus> GetStatusAsync(CancellationToken cancellationToken) =>
        SendAsync<SyncStatus>(HttpMethod.Get, "status", cancellationToken);

    public Task<SyncRunResult> SyncNowAsync(CancellationToken cancellationToken) =>
        SendAsync<SyncRunResult>(HttpMethod.Post, "sync-now", cancellationToken);

    public Task<SyncRunResult> DownloadNowAsync(CancellationToken cancellationToken) =>
        SendAsync<SyncRunResult>(HttpMethod.Post, "download-now", cancellationToken);

    public Task<SyncStatus> PauseAsync(CancellationToken cancellationToken) =>
        SendAsync<SyncStatus>(HttpMethod.Post, "pause", cancellationToken);

    public Task<SyncStatus> ResumeAsync(CancellationToken cancellationToken) =>
        SendAsync<SyncStatus>(HttpMethod.Post, "resume", cancellationToken);

    /// <summary>The user has seen the notices up to <paramref name="newest"/>: they stop counting as unread.</summary>
    public Task<SyncStatus> MarkNoticesReadAsync(Guid newest, CancellationToken cancellationToken) =>
        SendAsync<SyncStatus>(HttpMethod.Post, $"notices/read/{newest}", cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        var discovery = ControlDiscovery.TryRead(files.DiscoveryPath) ?? throw new SyncHostNotRunningException(
            $"Chương trình đồng bộ chưa chạy (không có '{files.DiscoveryPath}'). / The sync host is not running (no '{files.DiscoveryPath}').");
        var secret = ControlSecret.Load(files.SecretPath);
        using var request = new HttpRequestMessage(method, new Uri(discovery.Url, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret.Token);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.StatusCode is null)
        {
            throw new SyncHostNotRunningException(
                $"Chương trình đồng bộ không trả lời tại {discovery.Url} (pid {discovery.Pid}). / The sync host does not answer at {discovery.Url} (pid {discovery.Pid}).", ex);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new SyncHostUnauthorizedException(
                    $"Chương trình đồng bộ từ chối khóa bí mật '{files.SecretPath}'. / The sync host refused the secret in '{files.SecretPath}'.");
            }

            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<T>(ControlJson.Options, cancellationToken)
                ?? throw new InvalidDataException($"Empty answer from {discovery.Url}{path}.");
        }
    }
}
