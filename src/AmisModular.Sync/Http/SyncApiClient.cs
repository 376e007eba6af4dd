using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Enrollment;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Hello;
using AmisModular.Sync.Protocol.Pull;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.Protocol.Recovery;

namespace AmisModular.Sync.Http;

/// <summary>
/// The protocol over HTTP. Retries (jittered exponential backoff, Retry-After, 5xx/408/429/timeouts) are done by the
/// resilience handler the HttpClient is built with; this class only maps answers to results or exceptions.
/// The <c>token</c> arguments are the device credential: <see cref="AccessTokenHandler"/> trades it for a short-lived
/// access token (and refreshes it once on 401), and <see cref="RequestCompressionHandler"/> /
/// <see cref="ResponseDecompressionHandler"/> put br/gzip on the wire.
/// </summary>
public sealed partial class SyncApiClient(HttpClient http)
{
    public Task<HelloResponse> HelloAsync(string? token, CancellationToken cancellationToken) =>
        SendAsync<HelloResponse>(HttpMethod.Get, SyncRoutes.Hello, token, null, cancellationToken);

    public Task<EnrollResponse> EnrollAsync(EnrollRequest request, CancellationToken cancellationToken) =>
        SendAsync<EnrollResponse>(HttpMethod.Post, SyncRoutes.Devices, null, request, cancellationToken);

    public Task<PushResponse> PushAsync(string token, PushRequest request, CancellationToken cancellationToken) =>
        SendAsync<PushResponse>(HttpMethod.Post, SyncRoutes.Push, token, request, cancellationToken);

    /// <param name="modules">module → schema version this installation reads; the server withholds modules it is too old for.</param>
    public Task<ChangesPage> ChangesAsync(string token, long after, int limit, IReadOnlyDictionary<string, int>? modules, CancellationToken cancellationToken)
    {
        var m = modules is null ? "" : "&m=" + Uri.EscapeDataString(string.Join(',', modules.Select(p => $"{p.Key}:{p.Value}")));
        return SendAsync<ChangesPage>(HttpMethod.Get, $"{SyncRoutes.Changes}?after={after}&limit={limit}{m}", token, null, cancellationToken);
    }

    /// <summary>Gives back an enrollment this store refused (before anything was pushed): the cloud forgets the device.</summary>
    public Task<EnrollmentWithdrawn> WithdrawEnrollmentAsync(string token, CancellationToken cancellationToken) =>
        SendAsync<EnrollmentWithdrawn>(HttpMethod.Delete, SyncRoutes.DeviceSelf, token, null, cancellationToken);

    /// <summary>After a server restore: which of these documents the server lacks or holds in another version.</summary>
    public Task<HaveResponse> HaveAsync(string token, HaveRequest request, CancellationToken cancellationToken) =>
        SendAsync<HaveResponse>(HttpMethod.Post, SyncRoutes.Have, token, request, cancellationToken);

    /// <summary>After a server restore: a new epoch of this device's outbox seq-space, continuing after <c>AfterSeq</c>.</summary>
    public Task<DeviceEpochResponse> StartDeviceEpochAsync(string token, DeviceEpochRequest request, CancellationToken cancellationToken) =>
        SendAsync<DeviceEpochResponse>(HttpMethod.Post, SyncRoutes.DeviceEpoch, token, request, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, string? token, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            // Buffered bytes, so the resilience handler can send the very same body again on a retry.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                   or Polly.CircuitBreaker.BrokenCircuitException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new CloudUnreachableException($"Không kết nối được máy chủ đồng bộ. / The sync server cannot be reached: {ex.Message}", ex);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return await response.Content.ReadFromJsonAsync<T>(ProtocolJson.Options, cancellationToken)
                    ?? throw new SyncApiException((int)response.StatusCode, null);
            }

            if ((int)response.StatusCode >= 500 || (int)response.StatusCode is 408 or 429)
            {
                throw CloudUnreachableException.Answered(response);
            }

            throw new SyncApiException((int)response.StatusCode, await ReadErrorAsync(response, cancellationToken));
        }
    }

    private static async Task<SyncErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
