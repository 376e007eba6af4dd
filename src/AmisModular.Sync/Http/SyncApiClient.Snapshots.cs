using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Snapshots;

namespace AmisModular.Sync.Http;

/// <summary>The snapshot part of the protocol (scenario 13): the manifest, and the file as a Range-resumable stream.</summary>
public sealed partial class SyncApiClient
{
    /// <param name="resumeId">A snapshot this client already has part of: the server answers with it if it still has it.</param>
    public Task<SnapshotManifest> SnapshotManifestAsync(string token, IReadOnlyDictionary<string, int>? modules, string? resumeId, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (modules is not null)
        {
            query.Add("m=" + Uri.EscapeDataString(string.Join(',', modules.Select(p => $"{p.Key}:{p.Value}"))));
        }

        if (SnapshotManifest.IsValidId(resumeId))
        {
            query.Add("id=" + resumeId);
        }

        var path = query.Count == 0 ? SnapshotRoutes.Snapshots : $"{SnapshotRoutes.Snapshots}?{string.Join('&', query)}";
        return SendAsync<SnapshotManifest>(HttpMethod.Get, path, token, null, cancellationToken);
    }

    /// <summary>
    /// GET the snapshot file from byte <paramref name="from"/> (a Range request when above 0). The caller reads and
    /// disposes the response; its status is 206 (from the offset) or 200 (the server sent the whole file).
    /// </summary>
    public async Task<HttpResponseMessage> SnapshotFileAsync(string token, string url, long from, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (from > 0)
        {
            request.Headers.Range = new RangeHeaderValue(from, null);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                   or Polly.CircuitBreaker.BrokenCircuitException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new CloudUnreachableException($"Không tải được bản chụp. / The snapshot cannot be downloaded: {ex.Message}", ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (status >= 500 || status is 408 or 429)
            {
                throw CloudUnreachableException.Answered(response);
            }

            SyncErrorBody? body = null;
            if (response.StatusCode != HttpStatusCode.RequestedRangeNotSatisfiable && response.Content.Headers.ContentType?.MediaType == "application/json")
            {
                body = await response.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options, cancellationToken);
            }

            throw new SyncApiException(status, body);
        }
    }
}
