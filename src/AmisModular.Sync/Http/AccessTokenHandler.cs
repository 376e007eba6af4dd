using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Auth;

namespace AmisModular.Sync.Http;

/// <summary>
/// OAuth2 client-credentials on the client: a request whose bearer is the long-lived device credential leaves with a
/// short-lived access token instead (fetched from POST /sync/v1/token and cached). On 401 the token is fetched again
/// ONCE and the very same request (same body, so the same push seqs) is resent; a second 401 goes back to the caller,
/// which stops the run as Unauthorized with the queue intact. When the cloud refuses the credential itself (401 wrong
/// or rotated, 403 revoked) that answer goes back instead. Sits outside the resilience handler, so the token request
/// and the resend each get the usual transient-fault retries.
/// </summary>
public sealed class AccessTokenHandler(AccessTokenCache cache) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.Authorization is not { Scheme: "Bearer", Parameter: { } credential } || !DeviceCredentials.IsCredential(credential))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var first = await cache.GetAsync(credential, null, ct => FetchAsync(request.RequestUri!, credential, ct), cancellationToken);
        if (first.Refusal is not null)
        {
            return first.Refusal;
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", first.AccessToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var refreshed = await cache.GetAsync(credential, first.AccessToken, ct => FetchAsync(request.RequestUri!, credential, ct), cancellationToken);
        if (refreshed.Refusal is not null)
        {
            return refreshed.Refusal;
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.AccessToken);
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<TokenFetch> FetchAsync(Uri requestUri, string credential, CancellationToken cancellationToken)
    {
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, TokenUri(requestUri))
        {
            Content = JsonContent.Create(new TokenRequest(credential), options: ProtocolJson.Options),
        };
        await tokenRequest.Content.LoadIntoBufferAsync(cancellationToken);
        var response = await base.SendAsync(tokenRequest, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return new TokenFetch(null, response);
        }

        using (response)
        {
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(ProtocolJson.Options, cancellationToken)
                ?? throw new HttpRequestException("The token endpoint answered an empty body.");
            return new TokenFetch(token.AccessToken, null, token.ExpiresIn);
        }
    }

    /// <summary>The token route next to the request's own route, whatever path the cloud is served under.</summary>
    private static Uri TokenUri(Uri requestUri)
    {
        var absolute = requestUri.GetLeftPart(UriPartial.Path);
        var at = absolute.IndexOf("sync/v", StringComparison.Ordinal);
        return new Uri(at < 0 ? new Uri(absolute) : new Uri(absolute[..at]), SyncRoutes.Token);
    }
}
